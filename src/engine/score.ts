import type { Answers } from './answers';
import { type WeighedFactor, weighFactors } from './factors';
import { DEFAULT_LOCALE, type Locale } from './locale';
import { messagesFor } from './messages';
import { round1 } from './rounding';
import type { Confidence, Strategy } from './strategy';
import { layoutAdmission, namerFor, REGIONAL_LAYOUTS, type Topology, withLayout } from './topology';
import { MODERATE_MARGIN, PRIOR_POINTS, STRONG_MARGIN } from './weights';

export interface ScoredFactors {
  readonly strategy: Strategy;
  readonly scores: Readonly<Record<Strategy, number>>;
  readonly confidence: Confidence;
  readonly factors: readonly WeighedFactor[];
  readonly totalPoints: Readonly<Record<Strategy, number>>;
  /** The topology as the regional layout that was compared sees it (see `scoreAnswers`). */
  readonly topology?: Topology;
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
  const totalPoints = own.totalPoints;
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
  return { strategy, scores, confidence, factors, totalPoints };
}

/**
 * The factors and scores for answers whose topology is already known (the what-if analysis reuses it); the
 * factors' titles and explanations are in `locale` (English by default).
 *
 * Regional is weighed in each of its layouts that the tolerance admits (topology.ts, REGIONAL_LAYOUTS): a layout
 * finer than a plane per geography counts as `admission × its lead + (1 − admission) × the geography layout's lead`,
 * and the layout with the best case for Regional is the one compared. A maximum of leads that each fall as the
 * tolerance rises also falls as it rises, and each is continuous, so the result stays monotone and smooth.
 */
export function scoreAnswers(answers: Answers, topology: Topology, locale: Locale = DEFAULT_LOCALE): ScoredFactors {
  const messages = messagesFor(locale);
  const nameOf = namerFor(topology);
  const weigh = (view: Topology) => weighFactors({ answers, topology: view, nameOf, messages });
  // The topology itself is the geography layout's view (its regional plan and metrics are that layout's).
  const geography = weigh(topology);
  const geographyLead = leadOf(geography).lead;
  let best = { factors: geography, lead: geographyLead, view: topology };
  const tolerance = answers.latencyToleranceMs;
  const anyAdmitted = REGIONAL_LAYOUTS.some((spec, index) => index > 0 && layoutAdmission(spec, tolerance) > 0);
  for (const layout of anyAdmitted ? topology.finerLayouts() : []) {
    const admission = layoutAdmission(layout, tolerance);
    if (admission === 0) continue;
    const view = withLayout(topology, layout);
    const factors = weigh(view);
    const lead = admission * leadOf(factors).lead + (1 - admission) * geographyLead;
    if (lead > best.lead + 1e-9) best = { factors, lead, view };
  }
  return { ...scoreFactors(best.factors, best.lead), topology: best.view };
}
