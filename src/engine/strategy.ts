/** The two deployment strategies of Rancher's "Rancher Deployment Strategy" page. */
export type Strategy = 'hub-and-spoke' | 'regional';
export const STRATEGIES: readonly Strategy[] = ['hub-and-spoke', 'regional'];
export const STRATEGY_NAMES: Readonly<Record<Strategy, string>> = {
  'hub-and-spoke': 'Hub & Spoke',
  regional: 'Regional',
};
export type Favors = Strategy | 'neutral';
