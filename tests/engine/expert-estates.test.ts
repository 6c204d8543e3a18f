import { describe, expect, it } from 'vitest';
import { type AnswersInput, type PlanItemId, parseAnswers, recommend, type Strategy } from '../../src/engine';

/**
 * Realistic estates, each with the verdict an experienced Rancher platform architect gives and why. The engine must
 * agree on every one; where it names how to run the strategy, the plan must hold what the architect would brief.
 */
interface Estate {
  readonly name: string;
  readonly answers: Omit<AnswersInput, 'version'>;
  readonly expected: Strategy;
  /** Why an architect says so, in one line. */
  readonly because: string;
  /** Plan items the architect would name, if any. */
  readonly plan?: readonly PlanItemId[];
}

const region = (id: string, clusters: number, extra: Record<string, unknown> = {}) => ({ id, clusters, ...extra });

const ESTATES: readonly Estate[] = [
  {
    name: 'one region',
    answers: { regions: [region('aws:us-east-1', 12)] },
    expected: 'hub-and-spoke',
    because: 'one region: Regional would be the same single plane',
    plan: ['ha-hub', 'warm-standby'],
  },
  {
    name: 'two regions about 20 ms apart',
    answers: { regions: [region('aws:us-west-2', 10), region('aws:us-west-1', 10)] },
    expected: 'hub-and-spoke',
    because: 'Oregon and N. California are one geography; a warm standby in the other region gives the isolation',
    plan: ['warm-standby'],
  },
  {
    name: 'Frankfurt and Stockholm',
    answers: { regions: [region('aws:eu-central-1', 20), region('aws:eu-north-1', 20)] },
    expected: 'hub-and-spoke',
    because: 'about 23 ms apart: one European plane',
  },
  {
    name: 'one region with 1,200 clusters',
    answers: { regions: [region('aws:us-east-1', 1200)], opsEngineers: 4 },
    expected: 'hub-and-spoke',
    because: 'both strategies are the same site: run installations side by side or tune one beyond the large size',
    plan: ['beyond-documented'],
  },
  {
    name: '200 clusters in Virginia and 1 in Sydney',
    answers: { regions: [region('aws:us-east-1', 200), region('aws:ap-southeast-2', 1)] },
    expected: 'hub-and-spoke',
    because:
      'one distant cluster does not justify a second installation: serve it with the Authorized Cluster Endpoint',
    plan: ['authorized-endpoint'],
  },
  {
    name: 'three continents run by one engineer',
    answers: {
      regions: [region('aws:us-east-1', 10), region('aws:eu-central-1', 10), region('aws:ap-southeast-1', 10)],
      opsEngineers: 1,
    },
    expected: 'hub-and-spoke',
    because: 'one person cannot run three HA installations well; a hub with a standby is the safer operation',
  },
  {
    name: 'both US coasts, two engineers',
    answers: {
      regions: [region('aws:us-east-1', 60), region('aws:us-west-2', 40), region('aws:us-east-2', 20)],
    },
    expected: 'hub-and-spoke',
    because: 'North America is one geography: coast to coast stays well within the tolerance',
  },
  {
    name: 'western Europe, five regions',
    answers: {
      regions: [
        region('aws:eu-west-1', 12),
        region('aws:eu-west-2', 10),
        region('aws:eu-west-3', 8),
        region('aws:eu-central-1', 20),
        region('azure:westeurope', 10),
      ],
    },
    expected: 'hub-and-spoke',
    because: 'one continent, a few milliseconds apart',
  },
  {
    name: 'US and Europe, a small team',
    answers: { regions: [region('aws:us-east-1', 20), region('aws:eu-west-1', 20)] },
    expected: 'hub-and-spoke',
    because:
      'transatlantic round trips are within tolerance; a second installation costs a small team more than it protects',
  },
  {
    name: 'US and Europe, isolation and upgrades are musts, six engineers',
    answers: {
      regions: [region('aws:us-east-1', 100), region('aws:eu-central-1', 100)],
      opsEngineers: 6,
      priorities: { faultIsolation: 4, independentUpgrades: 4, singlePane: 1 },
    },
    expected: 'regional',
    because:
      'a team that can run two planes and must keep each continent working on its own gets a plane per continent',
    plan: ['fleet-shared-git', 'staged-upgrades'],
  },
  {
    name: 'US and Europe with isolation a must, half an engineer',
    answers: {
      regions: [region('aws:us-east-1', 100), region('aws:eu-central-1', 100)],
      opsEngineers: 0.5,
      priorities: { faultIsolation: 4, independentUpgrades: 4, singlePane: 1 },
    },
    expected: 'hub-and-spoke',
    because: 'half a person cannot keep two planes current; a warm standby is the isolation this team can run',
  },
  {
    name: 'global estate, tight tolerance, isolation a must',
    answers: {
      regions: [
        region('aws:us-east-1', 20),
        region('aws:us-west-2', 10),
        region('gcp:europe-west3', 15),
        region('azure:southeastasia', 8),
        region('aws:ap-southeast-2', 6),
        region('gcp:southamerica-east1', 4),
      ],
      latencyToleranceMs: 100,
      opsEngineers: 6,
      priorities: { singlePane: 2, multiClusterApps: 1, faultIsolation: 4, independentUpgrades: 3 },
    },
    expected: 'regional',
    because: 'five geographies, most far beyond 100 ms from any one hub, with a team that can run them',
  },
  {
    name: 'five continents and no one to run them',
    answers: {
      regions: [
        region('aws:us-east-1', 20),
        region('aws:eu-west-1', 20),
        region('aws:ap-southeast-1', 20),
        region('aws:sa-east-1', 20),
        region('aws:ap-southeast-2', 20),
      ],
      latencyToleranceMs: 150,
      opsEngineers: 0,
    },
    expected: 'hub-and-spoke',
    because: 'with no engineers to spare, five HA installations would go unmaintained',
  },
  {
    name: 'large estate on three continents with a platform team',
    answers: {
      regions: [region('aws:us-east-1', 300), region('aws:eu-central-1', 300), region('aws:ap-northeast-1', 300)],
      latencyToleranceMs: 100,
      opsEngineers: 10,
    },
    expected: 'regional',
    because: '900 clusters are beyond one documented installation, and Tokyo is far beyond 100 ms from any hub',
  },
  {
    name: '1,800 clusters on four continents',
    answers: {
      regions: [
        region('aws:us-east-1', 600),
        region('aws:eu-west-1', 500),
        region('aws:ap-southeast-1', 400),
        region('aws:sa-east-1', 300),
      ],
      opsEngineers: 12,
      priorities: { faultIsolation: 3 },
    },
    expected: 'regional',
    because:
      'a single hub for 1,800 clusters is far past the documented sizes; one plane per continent stays near them',
  },
  {
    name: 'retail stores in one country, served from a cloud region',
    answers: {
      regions: [
        region('aws:us-east-2', 4),
        region('store-dallas', 240, { name: 'Dallas stores', lat: 32.78, lon: -96.8, siteKind: 'edge' }),
        region('store-chicago', 310, { name: 'Chicago stores', lat: 41.88, lon: -87.63, siteKind: 'edge' }),
        region('store-atlanta', 180, { name: 'Atlanta stores', lat: 33.75, lon: -84.39, siteKind: 'edge' }),
      ],
      latencyToleranceMs: 200,
      opsEngineers: 3,
      priorities: { singlePane: 4, multiClusterApps: 4, faultIsolation: 2, independentUpgrades: 1 },
    },
    expected: 'hub-and-spoke',
    because: 'one geography; the hub runs in the cloud region, never in a store, side by side past 500 clusters',
    plan: ['ha-hub', 'beyond-documented'],
  },
  {
    name: 'factories in Europe and a data centre, two engineers',
    answers: {
      regions: [
        region('dc-frankfurt', 6, { name: 'Frankfurt DC', lat: 50.11, lon: 8.68 }),
        region('plant-lyon', 3, { name: 'Lyon plant', lat: 45.76, lon: 4.84, siteKind: 'edge' }),
        region('plant-turin', 3, { name: 'Turin plant', lat: 45.07, lon: 7.69, siteKind: 'edge' }),
        region('plant-poznan', 3, { name: 'Poznań plant', lat: 52.41, lon: 16.93, siteKind: 'edge' }),
      ],
    },
    expected: 'hub-and-spoke',
    because: 'the plants are edge sites of one geography; the hub belongs in the data centre',
  },
  {
    name: 'a tiny estate on three continents',
    answers: {
      regions: [region('aws:us-east-1', 1), region('aws:eu-west-1', 1), region('aws:ap-southeast-2', 1)],
    },
    expected: 'hub-and-spoke',
    because: 'three HA installations for three clusters is out of all proportion',
  },
  {
    name: 'Asia-Pacific with a tight tolerance and a team',
    answers: {
      regions: [region('aws:ap-south-1', 40), region('aws:ap-southeast-1', 40), region('aws:ap-northeast-1', 40)],
      latencyToleranceMs: 50,
      opsEngineers: 5,
      priorities: { faultIsolation: 3 },
    },
    expected: 'regional',
    because: 'Mumbai and Tokyo are each far beyond 50 ms from any one hub in Asia',
  },
  {
    name: 'Australia and New Zealand',
    answers: { regions: [region('aws:ap-southeast-2', 15), region('aws:ap-southeast-6', 5)] },
    expected: 'hub-and-spoke',
    because: 'one geography across the Tasman',
  },
  {
    name: 'São Paulo and Virginia, a relaxed tolerance',
    answers: { regions: [region('aws:us-east-1', 30), region('aws:sa-east-1', 10)], latencyToleranceMs: 200 },
    expected: 'hub-and-spoke',
    because: 'about 110 ms is well within 200 ms, and a second installation for ten clusters is overhead',
  },
  {
    name: 'an EU jurisdiction whose management stays inside',
    answers: {
      regions: [
        region('aws:eu-central-1', 20, { jurisdiction: 'eu' }),
        region('aws:eu-west-3', 10, { jurisdiction: 'eu' }),
        region('aws:us-east-1', 30),
      ],
      jurisdictions: [{ id: 'eu', name: 'the EU' }],
    },
    expected: 'hub-and-spoke',
    because: 'residency forces one hub per jurisdiction, and Regional would be the very same two planes',
    plan: ['jurisdiction-hubs'],
  },
  {
    name: 'a vessel in an air gap and a cloud estate',
    answers: {
      regions: [
        region('aws:us-east-1', 25),
        region('vessel-1', 2, {
          name: 'Research vessel',
          lat: 40,
          lon: -60,
          siteKind: 'edge',
          connectivity: 'air-gapped',
        }),
      ],
    },
    expected: 'hub-and-spoke',
    because: 'the air gap gets its own plane under either strategy; the rest is one hub',
    plan: ['air-gap-planes'],
  },
  {
    name: 'stores on intermittent links',
    answers: {
      regions: [
        region('aws:eu-west-2', 3),
        region('stores-uk', 400, {
          name: 'UK stores',
          lat: 52.48,
          lon: -1.9,
          siteKind: 'edge',
          connectivity: 'intermittent',
        }),
      ],
      opsEngineers: 2,
    },
    expected: 'hub-and-spoke',
    because: 'stores reconnect through Fleet pull agents; the hub stays in the cloud region',
    plan: ['intermittent'],
  },
  {
    name: 'hub pinned to the main cloud region',
    answers: {
      regions: [region('aws:us-east-1', 40), region('aws:us-west-2', 20)],
      hub: { regionId: 'aws:us-east-2' },
    },
    expected: 'hub-and-spoke',
    because: 'teams often run the hub from their main region; it costs a few milliseconds, said plainly',
  },
  {
    name: 'two continents, large and demanding',
    answers: {
      regions: [
        region('aws:us-east-1', 250),
        region('aws:us-west-2', 150),
        region('aws:eu-west-1', 200),
        region('aws:eu-central-1', 150),
      ],
      latencyToleranceMs: 80,
      opsEngineers: 8,
      priorities: { faultIsolation: 3, independentUpgrades: 3 },
    },
    expected: 'regional',
    because: '750 clusters beyond one documented size, a tight tolerance and a team for two planes',
  },
];

describe('advice an experienced Rancher architect would sign', () => {
  it.each(ESTATES)('$name: $expected ($because)', ({ answers, expected, plan }) => {
    const parsed = parseAnswers({ version: 1, ...answers });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    const recommendation = recommend(parsed.value);
    expect(recommendation.strategy).toBe(expected);
    if (plan) expect(recommendation.plan.map((item) => item.id)).toEqual(expect.arrayContaining([...plan]));
  });

  it('never puts a plane at an edge location', () => {
    for (const { answers } of ESTATES) {
      const parsed = parseAnswers({ version: 1, ...answers });
      if (!parsed.ok) continue;
      const recommendation = recommend(parsed.value);
      const edge = new Set(
        parsed.value.regions.filter((r) => r.siteKind === 'edge' && r.connectivity !== 'air-gapped').map((r) => r.id),
      );
      for (const group of [...recommendation.hubPlan.groups, ...recommendation.regionalPlan.groups]) {
        expect(edge.has(group.planeRegionId)).toBe(false);
      }
    }
  });
});
