import { resultEn } from '../../components/i18n/result-messages-en';
import type { FactorId, Recommendation, Strategy } from '../../engine';

/** Short English names for chart rows; the factor list shows the engine's full titles. */
export const FACTOR_SHORT_LABELS: Readonly<Record<FactorId, string>> = resultEn.charts.factorShortLabels;

export interface FactorChartRow {
  readonly id: FactorId;
  /** Short label for the axis. */
  readonly label: string;
  /** The engine's full title, for the table. */
  readonly title: string;
  /** The factor's one-line reason, for the tooltip. */
  readonly explanation: string;
  readonly favors: Strategy;
  /** Points the factor adds to its strategy's case (always positive). */
  readonly points: number;
  /** Points for Hub & Spoke as drawn: zero or negative, so its bars grow to the left. */
  readonly hubAndSpoke: number;
  /** Points for Regional as drawn: zero or positive, so its bars grow to the right. */
  readonly regional: number;
}

/** Two lines of axis text a row, short enough to scan, px. */
export const FACTOR_ROW_HEIGHT_PX = 34;

/**
 * One row per factor that weighs for either strategy, the heaviest first, labelled with `shortLabels` (the
 * active language's). Neutral factors are left out.
 */
export function toFactorChartRows(
  recommendation: Pick<Recommendation, 'factors'>,
  shortLabels: Readonly<Record<FactorId, string>> = FACTOR_SHORT_LABELS,
): FactorChartRow[] {
  const rows: FactorChartRow[] = [];
  for (const factor of recommendation.factors) {
    if (factor.favors === 'neutral') continue;
    const points = factor.points[factor.favors];
    if (!(points > 0)) continue;
    rows.push({
      id: factor.id,
      label: shortLabels[factor.id],
      title: factor.title,
      explanation: factor.explanation,
      favors: factor.favors,
      points,
      hubAndSpoke: factor.favors === 'hub-and-spoke' ? -points : 0,
      regional: factor.favors === 'regional' ? points : 0,
    });
  }
  return rows.sort((a, b) => b.points - a.points || a.label.localeCompare(b.label));
}

/** Room beyond the longest bar for its figure, as a share of that bar. */
export const FACTOR_LABEL_ROOM_RATIO = 1.25;
