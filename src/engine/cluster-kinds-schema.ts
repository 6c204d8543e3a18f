// The schema of `regions[].clusterKinds`, beside the answers schema that uses it (answers.ts).
import { z } from 'zod/mini';
import { CLUSTER_KIND_COUNT_RANGE } from './answer-limits';

const { min, max } = CLUSTER_KIND_COUNT_RANGE;

const clusterCount = (what: string) =>
  z.optional(
    z
      .number({ error: `${what} must be a whole number of clusters from ${min} to ${max}` })
      .check(
        z.int({ error: `${what} must be a whole number of clusters from ${min} to ${max}` }),
        z.gte(min, { error: `${what} must be at least ${min}` }),
        z.lte(max, { error: `${what} must be at most ${max}` }),
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
