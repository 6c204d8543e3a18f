import { answersOf } from '../../fixtures/answers';

/**
 * Six regions on five continents, run by a team of eight that must keep regions isolated: Regional wins with five
 * planes (one per continent; the two US coasts share one), and four spokes of a hub exceed 100 ms.
 */
export const GLOBAL = answersOf({
  latencyToleranceMs: 100,
  opsEngineers: 8,
  priorities: { faultIsolation: 4 },
  regions: [
    { id: 'aws:us-east-1', clusters: 20 },
    { id: 'aws:us-west-2', clusters: 10 },
    { id: 'gcp:europe-west3', clusters: 15 },
    { id: 'azure:southeastasia', clusters: 8 },
    { id: 'aws:ap-southeast-2', clusters: 6 },
    { id: 'gcp:southamerica-east1', clusters: 4 },
  ],
});

/** Western Europe and the US east coast: Regional groups Amsterdam, Frankfurt and London, and the two US East. */
export const ATLANTIC = answersOf({
  latencyToleranceMs: 150,
  regions: [
    { id: 'aws:eu-west-1', clusters: 8 },
    { id: 'aws:eu-central-1', clusters: 30 },
    { id: 'azure:westeurope', clusters: 12 },
    { id: 'gcp:europe-west2', clusters: 3 },
    { id: 'aws:us-east-1', clusters: 5 },
    { id: 'aws:us-east-2', clusters: 1 },
  ],
});
