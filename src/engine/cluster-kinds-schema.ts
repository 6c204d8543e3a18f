// The schema of `regions[].clusterKinds`, beside the answers schema that uses it (answers.ts).
import { z } from 'zod/mini';
import { MAX_CLUSTERS_PER_REGION } from './answer-limits';

const clusterCount = (what: string) =>
  z.optional(
    z
      .number({ error: `${what} must be a whole number of clusters from 0 to ${MAX_CLUSTERS_PER_REGION}` })
      .check(
        z.int({ error: `${what} must be a whole number of clusters from 0 to ${MAX_CLUSTERS_PER_REGION}` }),
        z.gte(0, { error: `${what} must be at least 0` }),
        z.lte(MAX_CLUSTERS_PER_REGION, { error: `${what} must be at most ${MAX_CLUSTERS_PER_REGION}` }),
      ),
  );

/** How many of a region's clusters Rancher provisions, imports (registers) and how many a cloud provider hosts. */
export const clusterKindsSchema = z.object(
  {
    provisioned: clusterCount('provisioned'),
    imported: clusterCount('imported'),
    hosted: clusterCount('hosted'),
  },
  { error: 'clusterKinds must be an object such as {"provisioned": 4, "hosted": 2}' },
);
