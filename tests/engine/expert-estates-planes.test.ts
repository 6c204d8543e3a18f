import { describe, expect, it } from 'vitest';
import {
  type AnswersInput,
  estimateRttBetweenMs,
  findCatalogRegion,
  type PlanItemId,
  parseAnswers,
  type Recommendation,
  recommend,
  type Strategy,
} from '../../src/engine';

/**
 * Estates of issue 19, each with what an experienced Rancher architect draws, written down before the engine ran: the
 * verdict, where the planes sit (of the recommended strategy, and of the other where it matters) and the plan's
 * steps. Every case of "What is wrong today" is here, beside the estates the issue names.
 */
interface Estate {
  readonly name: string;
  readonly answers: Omit<AnswersInput, 'version'>;
  readonly expected: Strategy;
  readonly because: string;
  /** Where Hub & Spoke's planes sit, in any order. */
  readonly hubPlanes?: readonly string[];
  /** Where the compared Regional layout's planes sit, in any order. */
  readonly regionalPlanes?: readonly string[];
  /** Plan steps the architect names, and steps that would be wrong here. */
  readonly plan?: readonly PlanItemId[];
  readonly notInPlan?: readonly PlanItemId[];
  /** What else the architect checks. */
  readonly check?: (recommendation: Recommendation) => void;
}

const region = (id: string, clusters: number, extra: Record<string, unknown> = {}) => ({ id, clusters, ...extra });
const planesOf = (plan: Recommendation['hubPlan']) => plan.groups.map((group) => group.planeRegionId).sort();
const planText = (recommendation: Recommendation, id: PlanItemId) =>
  recommendation.plan.find((item) => item.id === id)?.text ?? '';

const ESTATES: readonly Estate[] = [
  {
    name: 'a measured round trip splits a geography (Jakarta 120 ms from Singapore)',
    answers: {
      regions: [
        region('aws:ap-southeast-1', 40),
        region('dc-jakarta', 30, { name: 'Jakarta DC', lat: -6.2, lon: 106.82 }),
      ],
      latencies: [{ from: 'dc-jakarta', to: 'aws:ap-southeast-1', ms: 120 }],
      latencyToleranceMs: 30,
      opsEngineers: 20,
      priorities: { faultIsolation: 4 },
    },
    expected: 'regional',
    because: 'the measurement, not the 25 ms estimate, says Jakarta is four times the tolerance from Singapore',
    regionalPlanes: ['aws:ap-southeast-1', 'dc-jakarta'],
    plan: ['regional-planes', 'warm-standby', 'fleet-shared-git'],
  },
  {
    name: 'Lagos and Nairobi, measured 190 ms apart',
    answers: {
      regions: [
        region('dc-lagos', 25, { name: 'Lagos DC', lat: 6.52, lon: 3.38 }),
        region('dc-nairobi', 20, { name: 'Nairobi DC', lat: -1.29, lon: 36.82 }),
      ],
      latencies: [{ from: 'dc-lagos', to: 'dc-nairobi', ms: 190 }],
      opsEngineers: 4,
    },
    expected: 'regional',
    because: '190 ms is beyond the 150 ms tolerance from either side; a plane each is what Regional means here',
    regionalPlanes: ['dc-lagos', 'dc-nairobi'],
  },
  {
    name: 'a hub pinned in Zurich, far from 110 clusters in Asia Pacific',
    answers: {
      regions: [
        region('aws:eu-central-2', 30),
        region('aws:eu-central-1', 10),
        region('aws:ap-southeast-1', 40),
        region('aws:ap-southeast-2', 30),
        region('aws:ap-northeast-1', 25),
        region('aws:ap-south-1', 15),
      ],
      hub: { regionId: 'aws:eu-central-2' },
      opsEngineers: 4,
    },
    expected: 'regional',
    because: 'two planes, Zurich for Europe and Singapore for Asia Pacific, not four: Singapore reaches all of APAC',
    hubPlanes: ['aws:eu-central-2'],
    regionalPlanes: ['aws:ap-southeast-1', 'aws:eu-central-2'],
    check: (recommendation) => {
      expect(recommendation.regionalPlan.groups.map((group) => group.area).sort()).toEqual(['Asia Pacific', 'Europe']);
      expect(recommendation.factors.find((factor) => factor.id === 'same-planes')?.explanation ?? '').not.toMatch(
        /geograph/,
      );
    },
  },
  {
    name: 'two coasts at scale: 940 clusters in Virginia and Oregon',
    answers: { regions: [region('aws:us-east-1', 470), region('aws:us-west-2', 470)], opsEngineers: 5 },
    expected: 'regional',
    because: 'beyond one documented installation anyway: one plane per coast, not two side by side in Virginia',
    regionalPlanes: ['aws:us-east-1', 'aws:us-west-2'],
    plan: ['regional-planes', 'warm-standby', 'headroom'],
    notInPlan: ['beyond-documented'],
  },
  {
    name: 'Virginia, Ohio and Dublin within an 80 ms tolerance',
    answers: {
      regions: [region('aws:us-east-1', 40), region('aws:us-east-2', 20), region('aws:eu-west-1', 30)],
      latencyToleranceMs: 80,
      opsEngineers: 4,
    },
    expected: 'hub-and-spoke',
    because:
      'Dublin is 84 ms away, just past 80: the Authorized Cluster Endpoint serves it; Regional would be two planes',
    regionalPlanes: ['aws:eu-west-1', 'aws:us-east-1'],
    plan: ['ha-hub', 'authorized-endpoint'],
  },
  {
    name: 'a third of the estate well beyond a 50 ms tolerance',
    answers: {
      regions: [region('aws:us-east-1', 40), region('aws:eu-west-1', 20)],
      latencyToleranceMs: 50,
      opsEngineers: 4,
    },
    expected: 'regional',
    because: 'Dublin is 84 ms from Virginia, 1.7 times the tolerance, for a third of the clusters',
    check: (recommendation) => {
      const latency = recommendation.factors.find((factor) => factor.id === 'latency');
      const pane = recommendation.factors.find((factor) => factor.id === 'single-pane');
      expect(latency?.points.regional ?? 0).toBeGreaterThan(pane?.points['hub-and-spoke'] ?? 0);
    },
  },
  {
    name: 'EU residency with a few clusters outside, a team of two',
    answers: {
      regions: [
        region('aws:eu-central-1', 30, { jurisdiction: 'eu' }),
        region('aws:eu-west-3', 12, { jurisdiction: 'eu' }),
        region('aws:us-east-1', 4),
      ],
      jurisdictions: [{ id: 'eu', name: 'the EU' }],
      opsEngineers: 2,
    },
    expected: 'hub-and-spoke',
    because: 'residency is one-way: the EU hub manages the 4 US clusters too, and a team of two runs one hub',
    hubPlanes: ['aws:eu-central-1'],
    plan: ['jurisdiction-hubs', 'ha-hub', 'warm-standby'],
    check: (recommendation) => {
      const standby = recommendation.hubPlan.groups[0]?.standbyRegionId ?? '';
      expect(findCatalogRegion(standby)?.country).toMatch(/France|Germany/);
    },
  },
  {
    name: 'EU residency with the strict two-way rule',
    answers: {
      regions: [region('aws:eu-central-1', 30, { jurisdiction: 'eu' }), region('aws:us-east-1', 4)],
      jurisdictions: [{ id: 'eu', name: 'the EU', planesManageOnlyInside: true }],
      opsEngineers: 2,
    },
    expected: 'hub-and-spoke',
    because: "the EU's planes may manage only the EU: two hubs, under either strategy",
    hubPlanes: ['aws:eu-central-1', 'aws:us-east-1'],
    plan: ['jurisdiction-hubs'],
  },
  {
    name: 'a hub pinned to Virginia beside a UK jurisdiction',
    answers: {
      regions: [
        region('aws:eu-west-2', 20, { jurisdiction: 'uk' }),
        region('azure:uksouth', 10, { jurisdiction: 'uk' }),
        region('aws:us-east-1', 15),
      ],
      jurisdictions: [{ id: 'uk', name: 'the UK', allowedLocations: ['GB'] }],
      hub: { regionId: 'aws:us-east-1' },
      opsEngineers: 3,
    },
    expected: 'hub-and-spoke',
    because: 'the pin manages the rest; the UK is managed from a hub inside the UK, never from Virginia',
    hubPlanes: ['aws:eu-west-2', 'aws:us-east-1'],
    plan: ['jurisdiction-hubs'],
  },
  {
    name: 'a hub pinned to Virginia for an estate all inside the UK',
    answers: {
      regions: [
        region('aws:eu-west-2', 20, { jurisdiction: 'uk' }),
        region('azure:uksouth', 10, { jurisdiction: 'uk' }),
      ],
      jurisdictions: [{ id: 'uk', name: 'the UK', allowedLocations: ['GB'] }],
      hub: { regionId: 'aws:us-east-1' },
    },
    expected: 'hub-and-spoke',
    because: 'the pin contradicts the residency: flag it and run the hub inside the UK',
    hubPlanes: ['aws:eu-west-2'],
    plan: ['pinned-outside-jurisdiction'],
    check: (recommendation) => expect(planText(recommendation, 'jurisdiction-hubs')).not.toContain('Virginia'),
  },
  {
    name: 'a stores-only UK jurisdiction',
    answers: {
      regions: [
        region('stores-north', 120, {
          name: 'Northern stores',
          lat: 53.48,
          lon: -2.24,
          siteKind: 'edge',
          jurisdiction: 'uk',
        }),
        region('stores-south', 90, {
          name: 'Southern stores',
          lat: 51.45,
          lon: -2.59,
          siteKind: 'edge',
          jurisdiction: 'uk',
        }),
      ],
      jurisdictions: [{ id: 'uk', name: 'the UK' }],
    },
    expected: 'hub-and-spoke',
    because: 'a store never hosts a plane: the hub goes to the nearest cloud region inside the UK',
    plan: ['plane-outside-answers', 'warm-standby'],
    check: (recommendation) => {
      const group = recommendation.hubPlan.groups[0];
      expect(findCatalogRegion(group?.planeRegionId ?? '')?.country).toBe('United Kingdom');
      expect(findCatalogRegion(group?.standbyRegionId ?? '')?.country).toBe('United Kingdom');
    },
  },
  {
    name: 'a custom data centre in Shanghai beside Frankfurt',
    answers: {
      regions: [
        region('aws:eu-central-1', 30),
        region('dc-shanghai', 8, { name: 'Shanghai DC', lat: 31.23, lon: 121.47 }),
      ],
      opsEngineers: 3,
    },
    expected: 'hub-and-spoke',
    because:
      "its coordinates are in mainland China: a plane of its own inside, with China's accounts, registry and ICP",
    hubPlanes: ['aws:eu-central-1', 'dc-shanghai'],
    plan: ['jurisdiction-hubs', 'china-operations'],
    notInPlan: ['cross-border'],
  },
  {
    name: 'hosted clusters far from a European hub',
    answers: {
      regions: [
        region('azure:westeurope', 60),
        region('azure:australiaeast', 4, { clusterKinds: { hosted: 4 } }),
        region('azure:japaneast', 3, { clusterKinds: { hosted: 3 } }),
      ],
      opsEngineers: 2,
    },
    expected: 'hub-and-spoke',
    because:
      'seven AKS clusters far away: their own kubeconfig serves kubectl; no Authorized Cluster Endpoint exists for them',
    plan: ['hosted-kubeconfig'],
    notInPlan: ['authorized-endpoint'],
  },
  {
    name: 'one engineer and three planes the constraints force, and an air-gapped vessel',
    answers: {
      regions: [
        region('aws:eu-central-1', 20, { jurisdiction: 'eu' }),
        region('aws-cn:cn-north-1', 6),
        region('aws:us-east-1', 25),
        region('vessel', 1, {
          name: 'Research vessel',
          lat: 40,
          lon: -40,
          siteKind: 'edge',
          connectivity: 'air-gapped',
        }),
      ],
      jurisdictions: [{ id: 'eu', name: 'the EU', planesManageOnlyInside: true }],
      opsEngineers: 1,
    },
    expected: 'hub-and-spoke',
    because: 'the planes are forced either way; one person for four installations must hear that plainly',
    hubPlanes: ['aws-cn:cn-north-1', 'aws:eu-central-1', 'aws:us-east-1', 'vessel'],
    plan: ['jurisdiction-hubs', 'air-gap-planes', 'china-operations', 'understaffed', 'backups-inside'],
  },
  {
    name: 'a Virginia hub and a few clusters in Singapore',
    answers: { regions: [region('aws:us-east-1', 80), region('aws:ap-southeast-1', 5)], opsEngineers: 2 },
    expected: 'hub-and-spoke',
    because:
      'five far clusters get the endpoint; the standby stays within reach, in a second US region, never Singapore',
    plan: ['warm-standby', 'authorized-endpoint'],
    check: (recommendation) => {
      const standby = findCatalogRegion(recommendation.hubPlan.groups[0]?.standbyRegionId ?? '');
      const hub = findCatalogRegion('aws:us-east-1');
      expect(standby?.continent).toBe('north-america');
      if (standby && hub) expect(estimateRttBetweenMs(standby, hub)).toBeLessThanOrEqual(150);
    },
  },
  {
    name: "round trips from the hub are the hub's own, beside a jurisdiction with a hub of its own",
    answers: {
      regions: [region('aws:us-east-1', 40), region('aws:eu-central-1', 10, { jurisdiction: 'eu' })],
      jurisdictions: [{ id: 'eu', name: 'the EU', planesManageOnlyInside: true }],
    },
    expected: 'hub-and-spoke',
    because: 'Frankfurt is about 90 ms from Virginia, whichever hub manages it',
    check: (recommendation) => {
      expect(recommendation.hub.regionId).toBe('aws:us-east-1');
      expect(recommendation.hub.rttMs['aws:eu-central-1']).toBeGreaterThan(70);
      const eu = recommendation.hubPlan.groups.find((group) => group.regionIds.includes('aws:eu-central-1'));
      expect(eu?.rttMs['aws:eu-central-1']).toBeLessThan(5);
    },
  },
  {
    name: 'one region at 97% of the small size, with upgrades and multi-cluster apps a must',
    answers: { regions: [region('aws:us-east-1', 145)], priorities: { multiClusterApps: 4, independentUpgrades: 4 } },
    expected: 'hub-and-spoke',
    because: 'size it medium for growth, run Fleet from the hub, and rehearse upgrades on a staging Rancher',
    plan: ['ha-hub', 'headroom', 'staging-rancher'],
    check: (recommendation) => expect(planText(recommendation, 'ha-hub')).toMatch(/"medium"/),
  },
  {
    name: 'an estate growing from 120 to 400 clusters in two years',
    answers: { regions: [region('aws:eu-west-1', 80), region('aws:eu-central-1', 40)], clustersInTwoYears: 400 },
    expected: 'hub-and-spoke',
    because: 'one geography; size the hub for 400 clusters, the "large" size',
    plan: ['headroom'],
    check: (recommendation) => {
      expect(recommendation.hubPlan.groups[0]?.size).toBe('large');
      expect(planText(recommendation, 'headroom')).toContain('400');
    },
  },
  {
    name: 'stores on intermittent links, and Rancher issue 39597 cited as fixed',
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
    },
    expected: 'hub-and-spoke',
    because:
      'Fleet pull agents for the stores; what the fixed issue still teaches: reconnects cost work, stagger upgrades',
    plan: ['intermittent'],
    check: (recommendation) => expect(planText(recommendation, 'intermittent')).toMatch(/43582/),
  },
];

describe('plans of planes an expert would draw (issue 19)', () => {
  it.each(ESTATES)(
    '$name: $expected ($because)',
    ({ answers, expected, hubPlanes, regionalPlanes, plan, notInPlan, check }) => {
      const parsed = parseAnswers({ version: 1, ...answers });
      if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
      const recommendation = recommend(parsed.value);
      expect(recommendation.strategy).toBe(expected);
      if (hubPlanes) expect(planesOf(recommendation.hubPlan)).toEqual([...hubPlanes].sort());
      if (regionalPlanes) expect(planesOf(recommendation.regionalPlan)).toEqual([...regionalPlanes].sort());
      const ids = recommendation.plan.map((item) => item.id);
      if (plan) expect(ids).toEqual(expect.arrayContaining([...plan]));
      for (const id of notInPlan ?? []) expect(ids).not.toContain(id);
      check?.(recommendation);
    },
  );

  it('never writes an "x-large" size or the withdrawn pro', () => {
    for (const { answers } of ESTATES) {
      const parsed = parseAnswers({ version: 1, ...answers });
      if (!parsed.ok) continue;
      const text = JSON.stringify(recommend(parsed.value));
      expect(text).not.toMatch(/x-large|xlarge/i);
      expect(text).not.toMatch(/all three nodes in one data centre, with/);
    }
  });
});
