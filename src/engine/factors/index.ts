import type { Favors } from '../strategy';
import type { ExplainContext, FactorContext, FactorDefinition, FactorId, WeighedFactor } from './context';
import { browserLatency, latency } from './latency';
import { faultIsolation, hardConstraints, independentUpgrades, workloadsKeepRunning } from './resilience';
import { crossRegionEnvironments, multiClusterApps, operatingLoad, samePlanes, scale, singlePane } from './structure';

export {
  type ExplainContext,
  type FactorContext,
  type FactorId,
  managingRtt,
  ramp,
  type WeighedFactor,
} from './context';
export { latencyPoints } from './latency';
export { kindsPicture, percentOnly } from './resilience';

/** Every factor, in the order the recommendation lists them. */
const FACTORS: readonly FactorDefinition[] = [
  hardConstraints,
  samePlanes,
  latency,
  browserLatency,
  faultIsolation,
  independentUpgrades,
  singlePane,
  multiClusterApps,
  crossRegionEnvironments,
  operatingLoad,
  scale,
  workloadsKeepRunning,
];

const BY_ID: ReadonlyMap<FactorId, FactorDefinition> = new Map(FACTORS.map((factor) => [factor.id, factor]));

/** Every factor that applies to these answers, with its points, in a stable order. */
export function weighFactors(context: FactorContext): WeighedFactor[] {
  return FACTORS.flatMap((factor) => {
    const weight = factor.weigh(context);
    return weight === null ? [] : [{ id: factor.id, sources: factor.sources, ...weight }];
  });
}

/** A weighed factor's title and sentence, in the context's language. */
export function explainFactor(
  context: ExplainContext,
  factor: WeighedFactor,
): { readonly title: string; readonly explanation: string } {
  const definition = BY_ID.get(factor.id) as FactorDefinition;
  const weight: { favors: Favors; points: number } = { favors: factor.favors, points: factor.points };
  return { title: context.messages.factors[factor.id].title, explanation: definition.explain(context, weight) };
}
