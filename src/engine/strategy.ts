/** The two deployment strategies of Rancher's "Rancher Deployment Strategy" page. */
export type Strategy = 'hub-and-spoke' | 'regional';
export const STRATEGIES: readonly Strategy[] = ['hub-and-spoke', 'regional'];
export const STRATEGY_NAMES: Readonly<Record<Strategy, string>> = {
  'hub-and-spoke': 'Hub & Spoke',
  regional: 'Regional',
};
export type Favors = Strategy | 'neutral';

/** How sure the verdict is, from the margin between the two scores (score.ts). */
export type Confidence = 'strong' | 'moderate' | 'close-call';

/** The factors the engine weighs (factors/); their sentences are in each locale's messages. */
export type FactorId =
  | 'same-planes'
  | 'single-pane'
  | 'multi-cluster-apps'
  | 'cross-region-environments'
  | 'latency'
  | 'browser-latency'
  | 'fault-isolation'
  | 'independent-upgrades'
  | 'operating-load'
  | 'scale-ceiling'
  | 'hard-constraints'
  | 'workloads-keep-running';
