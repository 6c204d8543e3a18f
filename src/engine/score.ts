import type { Answers } from './answers';
import { type WeighedFactor, weighFactors } from './factors';
import { round1 } from './rounding';
import type { Confidence, Strategy } from './strategy';
import { layoutAdmission, type RegionalLayout, type Topology } from './topology';
import { MODERATE_MARGIN, PRIOR_POINTS, STRONG_MARGIN } from './weights';

export interface ScoredFactors {
  readonly strategy: Strategy;
  readonly scores: Readonly<Record<Strategy, number>>;
  readonly confidence: Confidence;
  readonly factors: readonly WeighedFactor[];
  readonly totalPoints: Readonly<Record<Strategy, number>>;
}

/** Scored factors, and the regional layout they weighed against Hub & Spoke. */
export interface ScoredAnswers extends ScoredFactors {
  readonly layout: RegionalLayout;
}

/** Regional's lead in score points (its score minus Hub & Spoke's) for weighed factors, unrounded. */
function leadOf(factors: readonly WeighedFactor[]): { lead: number; totalPoints: Record<Strategy, number> } {
  const totalPoints: Record<Strategy, number> = { 'hub-and-spoke': 0, regional: 0 };
  for (const factor of factors) {
    if (factor.favors !== 'neutral') totalPoints[factor.favors] += factor.points;
  }
  const denominator = 2 * PRIOR_POINTS + totalPoints['hub-and-spoke'] + totalPoints.regional;
  return { lead: (100 * (totalPoints.regional - totalPoints['hub-and-spoke'])) / denominator, totalPoints };
}

/**
 * Turns weighed factors into both scores (each strategy's share of all points), the winner and the confidence.
 * `lead`, when given, is Regional's lead to report instead of the factors' own (a blend of regional layouts).
 */
export function scoreFactors(factors: readonly WeighedFactor[], lead?: number): ScoredFactors {
  const own = leadOf(factors);
  // The two scores add up to 100, so Regional's lead fixes both.
  const regionalLead = lead ?? own.lead;
  const scores = {
    'hub-and-spoke': round1(50 - regionalLead / 2),
    regional: round1(50 + regionalLead / 2),
  };
  // Ties go to Hub & Spoke: one installation is simpler to run.
  const strategy: Strategy = scores.regional > scores['hub-and-spoke'] ? 'regional' : 'hub-and-spoke';
  const margin = Math.abs(scores['hub-and-spoke'] - scores.regional);
  const confidence: Confidence =
    margin >= STRONG_MARGIN ? 'strong' : margin >= MODERATE_MARGIN ? 'moderate' : 'close-call';
  return { strategy, scores, confidence, factors, totalPoints: own.totalPoints };
}

/**
 * The factors and scores for answers whose topology is already known (the what-ifs reuse it).
 *
 * Regional is weighed in each of its layouts (topology/layouts.ts) and the one that makes the best case for Regional
 * is compared with Hub & Spoke: a layout admitted in part counts as `admission × its lead + (1 − admission) × the
 * broadest layout's lead`. A maximum of leads that each fall as the tolerance rises also falls as it rises, and each
 * is continuous, so the result stays monotone and smooth.
 */
export function scoreAnswers(answers: Answers, topology: Topology): ScoredAnswers {
  const [broadest, ...others] = topology.layouts as [RegionalLayout, ...RegionalLayout[]];
  const weigh = (layout: RegionalLayout) => weighFactors({ answers, topology, layout });
  const broadestFactors = weigh(broadest);
  const broadestLead = leadOf(broadestFactors).lead;
  let best = { factors: broadestFactors, lead: broadestLead, layout: broadest };
  for (const layout of others) {
    const admission = layoutAdmission(layout.spec, broadest, answers.latencyToleranceMs);
    if (admission === 0) continue;
    const factors = weigh(layout);
    const lead = admission * leadOf(factors).lead + (1 - admission) * broadestLead;
    if (lead > best.lead + 1e-9) best = { factors, lead, layout };
  }
  return { ...scoreFactors(best.factors, best.lead), layout: best.layout };
}
