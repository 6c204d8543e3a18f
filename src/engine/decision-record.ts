import { type DecisionStatus, PRIORITY_KEYS } from './answer-limits';
import type { Answers } from './answers';
import { isCalendarDate } from './calendar-date';
import { findFlips } from './flips';
import { DEFAULT_LOCALE, type Locale } from './locale';
import { messagesFor } from './messages';
import { figuresBasis, type PlaneView, type StrategyPlanes, viewPlanes } from './planes';
import type { Recommendation } from './recommend';
import { findCatalogRegion } from './regions/catalog';
import { regionNamer } from './regions/region-names';
import { escapeMarkdownText, frontMatterString } from './safe-text';
import { SOURCES } from './sources';
import { STRATEGIES, type Strategy } from './strategy';
import { GEOGRAPHY_GROUP_RTT_MS } from './topology';
import { BROWSER_RTT_GUIDANCE_MS } from './weights';

/** One version in the record's "Versions compared" section (made in the compare view). */
export interface ComparedVersionSummary {
  /** The version's `decision.author`, else "Version 2" and so on. */
  readonly label: string;
  readonly strategy: Strategy;
  readonly scores: Readonly<Record<Strategy, number>>;
  /** The version's share link. */
  readonly url: string;
}

/**
 * How the record is written. The front matter's fields default to the answers' `decision` (set in the app and
 * carried by links and files); an option given here overrides it (the command line's `--date`, `--decision-makers`).
 */
export interface DecisionRecordOptions {
  /** ISO date (YYYY-MM-DD) for the front matter; else `decision.date`; the line is left out when neither says. */
  readonly date?: string;
  /** Link that reopens this recommendation in the app. */
  readonly shareUrl?: string;
  /** Names for the front matter's `decision-makers`; else `decision.decisionMakers`. */
  readonly decisionMakers?: readonly string[];
  /** MADR status; else `decision.status`, else `proposed`. */
  readonly status?: DecisionStatus;
  /** Names for `consulted`; else `decision.consulted`. */
  readonly consulted?: readonly string[];
  /** Names for `informed`; else `decision.informed`. */
  readonly informed?: readonly string[];
  /** The record's title; else `decision.title`, else one made from the verdict. */
  readonly title?: string;
  /** The versions compared before this decision, listed in "More Information"; none when left out or empty. */
  readonly comparedVersions?: readonly ComparedVersionSummary[];
  /**
   * The record's language; English when left out. Pass the recommendation made in the same locale: the record
   * quotes its summary and explanations as they are.
   */
  readonly locale?: Locale;
}

/** Makes text a person typed safe to print in Markdown, on one line (safe-text.ts). */
export const escapeMarkdown = escapeMarkdownText;

/** Front matter values are YAML strings that no Markdown or HTML renderer reads as markup (safe-text.ts). */
const yamlString = frontMatterString;

/** A region as the record names it: its name and id ("Europe (Frankfurt) (aws:eu-central-1)", "德国法兰克福（aws:eu-central-1）"). */
function regionLabeller(answers: Answers, locale: Locale): (regionId: string) => string {
  const names = regionNamer(answers, locale);
  return (regionId) => {
    const name = names.name(regionId);
    if (name === regionId) return escapeMarkdown(regionId);
    const catalog = findCatalogRegion(regionId);
    const given = answers.regions.some((region) => region.id === regionId && region.name !== undefined);
    // A Chinese catalog name already carries the provider's code in brackets: the full id takes its place.
    if (locale !== 'en' && catalog && !given) {
      return escapeMarkdown(name.replace(`（${catalog.code}）`, `（${regionId}）`));
    }
    return locale === 'en'
      ? `${escapeMarkdown(name)} (${escapeMarkdown(regionId)})`
      : `${escapeMarkdown(name)}（${escapeMarkdown(regionId)}）`;
  };
}

/** Why the chosen strategy has several planes: per geography (Regional), per jurisdiction, per air gap. */
function whyPlanes(view: StrategyPlanes): ('geography' | 'jurisdiction' | 'air-gap')[] {
  if (view.planes.length < 2) return [];
  const reasons = new Set(view.planes.map((plane) => plane.reason));
  return [
    ...(view.strategy === 'regional' ? (['geography'] as const) : []),
    ...(reasons.has('jurisdiction') || reasons.has('mainland-china') ? (['jurisdiction'] as const) : []),
    ...(reasons.has('air-gap') ? (['air-gap'] as const) : []),
  ];
}

const tableRow = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;

/**
 * The recommendation as an Architecture Decision Record in the MADR 4.0 layout, with the weighted criteria,
 * the hub's round trips, re-evaluation triggers and the link back to the live recommendation. The front
 * matter's keys and values stay as MADR defines them in every locale; docs/i18n.md says what else does.
 */
export function renderDecisionRecord(
  answers: Answers,
  recommendation: Recommendation,
  options: DecisionRecordOptions,
): string {
  const locale = options.locale ?? DEFAULT_LOCALE;
  const messages = messagesFor(locale);
  const regionLabel = regionLabeller(answers, locale);
  const planes = viewPlanes(recommendation, answers, {
    locale,
    mainlandChinaName: messages.factors['hard-constraints'].mainlandChina,
  });
  const planeLine = (plane: PlaneView) => {
    const serves = plane.area ?? plane.jurisdiction;
    return messages.decisionRecord.planeLine({
      planeMarkdown: regionLabel(plane.planeRegionId),
      reason: plane.reason,
      servesMarkdown: serves === null ? null : escapeMarkdown(serves),
      othersMarkdown: plane.regionIds.filter((id) => id !== plane.planeRegionId).map(regionLabel),
      standbyMarkdown: plane.standbyRegionId === null ? null : regionLabel(plane.standbyRegionId),
      clusters: plane.clusters,
      installations: plane.installations,
    });
  };
  const chosenPlanes = planes[recommendation.strategy];
  const text = messages.decisionRecord;
  const chosen = recommendation.strategy;
  const other: Strategy = chosen === 'regional' ? 'hub-and-spoke' : 'regional';
  const footprint = recommendation.consequences;
  const totalClusters = answers.regions.reduce((sum, region) => sum + region.clusters, 0);
  const decision = answers.decision ?? {};
  const names = (list: readonly string[] | undefined) => list?.filter((name) => name.trim() !== '') ?? [];
  const makers = names(options.decisionMakers ?? decision.decisionMakers);
  const consulted = names(options.consulted ?? decision.consulted);
  const informed = names(options.informed ?? decision.informed);
  const date = options.date ?? decision.date;
  const title = options.title ?? decision.title;
  // The app speaks to "you"; the record is the team's own: every sentence it quotes is put in its voice.
  const ours = text.inOurVoice;
  const because = (sentence: string) => escapeMarkdown(text.asClause(ours(sentence)));
  const out: string[] = [];

  out.push('---');
  out.push(`status: ${options.status ?? decision.status ?? 'proposed'}`);
  if (date !== undefined && isCalendarDate(date)) out.push(`date: ${date}`);
  out.push(`decision-makers: [${makers.map(yamlString).join(', ')}]`);
  if (consulted.length > 0) out.push(`consulted: [${consulted.map(yamlString).join(', ')}]`);
  if (informed.length > 0) out.push(`informed: [${informed.map(yamlString).join(', ')}]`);
  // A blank line before the closing `---`: a renderer that does not read front matter shows a paragraph between two
  // rules, never a heading made of the names above.
  out.push('', '---', '');
  out.push(
    `# ${title === undefined ? text.title({ strategy: chosen, regions: answers.regions.length, planes: chosenPlanes.planes.length, why: whyPlanes(chosenPlanes) }) : escapeMarkdown(title)}`,
    '',
  );

  out.push(`## ${text.headings.context}`, '');
  out.push(text.context({ totalClusters, regions: answers.regions.length }), '');
  out.push(tableRow(text.regionColumns), '|---|--:|');
  for (const region of answers.regions) {
    out.push(tableRow([regionLabel(region.id), messages.formatNumber(region.clusters)]));
  }
  out.push('');

  out.push(`## ${text.headings.drivers}`, '');
  out.push(`* ${text.toleranceDriver({ toleranceMs: answers.latencyToleranceMs })}`);
  out.push(`* ${text.engineersDriver({ engineers: answers.opsEngineers })}`);
  out.push(`* ${text.environmentsDriver({ spanning: answers.crossRegionEnvironments })}`);
  for (const key of PRIORITY_KEYS) {
    out.push(`* ${text.priorityDriver({ driver: text.priorityDrivers[key], level: answers.priorities[key] })}`);
  }
  out.push('');

  out.push(`## ${text.headings.options}`, '');
  out.push(`* ${text.consideredOptions['hub-and-spoke']}`);
  out.push(`* ${text.consideredOptions.regional}`, '');

  out.push(`## ${text.headings.outcome}`, '');
  const reasons = recommendation.factors
    .filter((factor) => factor.favors === chosen)
    .sort((a, b) => b.weight - a.weight)
    .slice(0, 2)
    .map((factor) => messages.factorClauses[factor.id]);
  out.push(
    text.chosenOption({
      chosen,
      other,
      reasons,
      chosenScore: recommendation.scores[chosen],
      otherScore: recommendation.scores[other],
      confidence: recommendation.confidence,
    }),
    '',
  );
  out.push(escapeMarkdown(ours(recommendation.summary)), '');

  out.push(`### ${text.headings.consequences}`, '');
  const mine = footprint[chosen];
  for (const factor of recommendation.factors.filter((f) => f.favors === chosen)) {
    out.push(`* ${text.good({ reasonMarkdown: because(factor.explanation) })}`);
  }
  for (const factor of recommendation.factors.filter((f) => f.favors === other)) {
    out.push(`* ${text.bad({ reasonMarkdown: because(factor.explanation) })}`);
  }
  out.push(
    `* ${text.footprint({
      installations: mine.installations,
      managementNodes: mine.managementNodes,
      largestClusters: mine.largestInstallationClusters,
      size: mine.largestInstallationSize,
      clustersLosingProvisioning: mine.clustersLosingProvisioningOnOutage,
    })}`,
    '',
  );

  out.push(`### ${text.headings.plan}`, '');
  for (const item of recommendation.plan) out.push(`* ${escapeMarkdown(item.text)}`);
  out.push('');

  out.push(`### ${text.headings.confirmation}`, '');
  out.push(
    text.confirmation({
      chosen,
      guidanceMs: BROWSER_RTT_GUIDANCE_MS,
      planes: chosenPlanes.planes.length,
      figures: figuresBasis(chosenPlanes.trips),
    }),
    '',
  );
  // Re-evaluate when an answer reaches the value that would change the recommendation (the what-ifs).
  const flips = findFlips(answers, options.locale);
  const triggers = flips.filter((flip) => flip.value !== null);
  if (triggers.length > 0) {
    out.push(text.reEvaluate, '');
    for (const flip of triggers) out.push(`* ${escapeMarkdown(ours(flip.explanation))}`);
  } else {
    out.push(text.noTriggers);
  }
  out.push('');

  out.push(`## ${text.headings.prosAndCons}`, '');
  for (const strategy of STRATEGIES) {
    out.push(`### ${messages.strategyFullName[strategy]}`, '');
    const f = footprint[strategy];
    out.push(
      strategy === 'hub-and-spoke'
        ? text.optionFootprint['hub-and-spoke']({
            installations: f.installations,
            planesMarkdown: planes['hub-and-spoke'].planes.map(planeLine),
            hubMarkdown: regionLabel(recommendation.hub.regionId),
            managementNodes: f.managementNodes,
          })
        : text.optionFootprint.regional({ installations: f.installations, managementNodes: f.managementNodes }),
      '',
    );
    // Rancher's own pros and cons of the option, as Good/Bad bullets.
    const prefix = strategy === 'hub-and-spoke' ? 'hub-' : 'regional-';
    for (const source of Object.values(SOURCES)) {
      if (!source.id.startsWith(prefix)) continue;
      const reasonMarkdown = text.asClause(messages.sourceClaim[source.id]);
      const bullet = source.id.endsWith('-withdrawn')
        ? text.neutral({ reasonMarkdown })
        : source.id.includes('-pro-')
          ? text.good({ reasonMarkdown })
          : text.bad({ reasonMarkdown });
      out.push(`* ${bullet}`);
    }
    out.push('');
  }

  out.push(`## ${text.headings.moreInformation}`, '');
  const author = decision.author?.trim();
  if (author) out.push(text.author({ authorMarkdown: escapeMarkdown(author) }), '');
  out.push(`### ${text.headings.weightedCriteria}`, '');
  out.push(tableRow(text.criteriaColumns), '|---|--:|---|---|');
  for (const factor of [...recommendation.factors].sort((a, b) => b.weight - a.weight)) {
    const favours = factor.favors === 'neutral' ? text.favoursNeither : messages.strategyName[factor.favors];
    out.push(
      tableRow([
        factor.title,
        `${(factor.weight * 100).toFixed(0)}%`,
        favours,
        escapeMarkdown(ours(factor.explanation)),
      ]),
    );
  }
  out.push('');
  const roundTrips = (view: StrategyPlanes) => {
    out.push(tableRow(text.roundTripColumns), '|---|---|--:|---|');
    for (const trip of view.trips) {
      out.push(
        tableRow([
          regionLabel(trip.regionId),
          regionLabel(trip.planeRegionId),
          messages.formatMs(trip.rttMs),
          text.roundTripBasis[trip.basis],
        ]),
      );
    }
    out.push('');
  };
  const hubView = planes['hub-and-spoke'];
  out.push(`### ${text.headings.hubRoundTrips}`, '');
  out.push(
    text.hubRoundTrips({
      hubMarkdown: regionLabel(recommendation.hub.regionId),
      planes: hubView.planes.length,
      worstMs: Math.max(0, ...hubView.trips.map((trip) => trip.rttMs)),
      toleranceMs: answers.latencyToleranceMs,
    }),
    '',
  );
  if (hubView.planes.length > 1) {
    for (const plane of hubView.planes) out.push(`* ${planeLine(plane)}`);
    out.push('');
  }
  roundTrips(hubView);
  out.push(`### ${text.headings.regionalPlan}`, '');
  out.push(text.regionalPlan({ groupMaxRttMs: GEOGRAPHY_GROUP_RTT_MS }), '');
  for (const plane of planes.regional.planes) out.push(`* ${planeLine(plane)}`);
  out.push('');
  roundTrips(planes.regional);
  out.push(`### ${text.headings.sources}`, '');
  const cited = [
    ...new Set([
      ...recommendation.factors.flatMap((factor) => factor.sources),
      ...recommendation.plan.flatMap((item) => item.sources),
    ]),
  ].map((id) => SOURCES[id]);
  for (const url of new Set(cited.map((source) => source.url))) {
    const quotes = cited.filter((source) => source.url === url);
    out.push(`* [${quotes[0]?.title}](${url})`);
    for (const source of quotes) out.push(`  * ${messages.sourceQuote[source.id]}`);
  }
  out.push('');
  const compared = options.comparedVersions ?? [];
  if (compared.length > 0) {
    const section = text.versionsCompared;
    out.push(`### ${section.heading}`, '');
    out.push(section.intro({ count: compared.length }), '');
    out.push(tableRow(section.columns), '|---|---|--:|--:|---|');
    for (const version of compared) {
      out.push(
        tableRow([
          escapeMarkdown(version.label),
          messages.strategyName[version.strategy],
          messages.formatNumber(version.scores['hub-and-spoke']),
          messages.formatNumber(version.scores.regional),
          section.openLink({ url: version.url }),
        ]),
      );
    }
    out.push('');
  }
  if (options.shareUrl) {
    out.push(text.shareLink({ url: options.shareUrl }), '');
  }
  out.push(text.footer({ figures: figuresBasis(chosenPlanes.trips) }));
  return `${out.join('\n')}\n`;
}
