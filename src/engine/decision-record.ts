import { PRIORITY_LABELS } from './answer-limits';
import type { Answers } from './answers';
import type { Recommendation } from './recommend';
import { findCatalogRegion } from './regions/catalog';
import { SOURCES } from './sources';
import { STRATEGIES, STRATEGY_NAMES, type Strategy } from './strategy';
import { REGIONAL_GROUP_MAX_RTT_MS } from './topology';
import { BROWSER_RTT_GUIDANCE_MS } from './weights';

export interface DecisionRecordOptions {
  /** ISO date (YYYY-MM-DD) for the front matter. */
  readonly date: string;
  /** Link that reopens this recommendation in the app. */
  readonly shareUrl?: string;
  /** Names for the front matter's `decision-makers`. */
  readonly decisionMakers?: readonly string[];
}

/**
 * Makes text safe to print in Markdown (site names a person typed, and every sentence that quotes them): no
 * link, image, HTML tag, entity, mention, table cell or line structure can be injected. Characters that carry
 * Markdown or HTML meaning are backslash-escaped (CommonMark allows it for all ASCII punctuation), scheme and
 * www autolinks are broken, and line breaks become spaces. Ordinary text (parentheses, hyphens, "&") reads as is.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\p{Cc}+/gu, ' ')
    .trim()
    .replace(/[\\`*_[\]<>#|!~{}$@]/g, (character) => `\\${character}`)
    .replace(/&(?=#?\w+;)/g, '\\&')
    .replace(/:(?=\/\/)/g, '\\:')
    .replace(/\b(www)\./gi, '$1\\.')
    .replace(/^([-+=>]|\d+[.)])/, '\\$1');
}

/** Front matter values are YAML: quote them so a name like `yes` or `- x` stays a string. */
function yamlString(text: string): string {
  return JSON.stringify(text.replace(/\p{Cc}+/gu, ' '));
}

const ms = (value: number) => `${Math.round(value)} ms`;

function regionLabel(answers: Answers, regionId: string): string {
  const region = answers.regions.find((candidate) => candidate.id === regionId);
  const name = region?.name ?? findCatalogRegion(regionId)?.name ?? regionId;
  return name === regionId ? escapeMarkdown(regionId) : `${escapeMarkdown(name)} (${escapeMarkdown(regionId)})`;
}

/** Rancher's own pros and cons of an option, as Good/Bad bullets. */
function prosAndCons(strategy: Strategy): string[] {
  const prefix = strategy === 'hub-and-spoke' ? 'hub-' : 'regional-';
  const lines: string[] = [];
  for (const source of Object.values(SOURCES)) {
    if (!source.id.startsWith(prefix)) continue;
    const sentence = source.quote.replace(/^(Hub & Spoke|Regional) (pro|con): /, '');
    if (source.id.endsWith('-withdrawn')) lines.push(`* Neutral, because ${lowerFirst(sentence)}`);
    else lines.push(`* ${source.id.includes('-pro-') ? 'Good' : 'Bad'}, because ${lowerFirst(sentence)}`);
  }
  return lines;
}

const lowerFirst = (text: string) =>
  /^[A-Z][a-z]/.test(text) && !/^(Hub|Regional|Rancher|Kubernetes)\b/.test(text)
    ? text.charAt(0).toLowerCase() + text.slice(1)
    : text;

const title = (recommendation: Recommendation, answers: Answers) => {
  const regions = `${answers.regions.length} region${answers.regions.length === 1 ? '' : 's'}`;
  return recommendation.strategy === 'regional'
    ? `Run a Rancher management plane per region (Regional) for ${regions}`
    : `Run one central Rancher management plane (Hub & Spoke) for ${regions}`;
};

/**
 * The recommendation as an Architecture Decision Record in the MADR 4.0 layout, with the weighted criteria,
 * the hub's round trips, re-evaluation triggers and the link back to the live recommendation.
 */
export function renderDecisionRecord(
  answers: Answers,
  recommendation: Recommendation,
  options: DecisionRecordOptions,
): string {
  const chosen = recommendation.strategy;
  const other: Strategy = chosen === 'regional' ? 'hub-and-spoke' : 'regional';
  const footprint = recommendation.consequences;
  const totalClusters = answers.regions.reduce((sum, region) => sum + region.clusters, 0);
  const makers = options.decisionMakers?.filter((name) => name.trim() !== '') ?? [];
  const out: string[] = [];

  out.push('---');
  out.push('status: proposed');
  out.push(`date: ${options.date}`);
  out.push(`decision-makers: [${makers.map(yamlString).join(', ')}]`);
  out.push('---', '');
  out.push(`# ${title(recommendation, answers)}`, '');

  out.push('## Context and Problem Statement', '');
  out.push(
    `We run ${totalClusters} downstream Kubernetes cluster${totalClusters === 1 ? '' : 's'} in ${answers.regions.length} region${answers.regions.length === 1 ? '' : 's'} and need to decide where the management plane (Rancher) runs: one central installation that manages every region (Hub & Spoke), or one installation per region (Regional), as weighed in Rancher's best-practice page "Rancher Deployment Strategy".`,
    '',
  );
  out.push('| Region | Clusters |', '|---|--:|');
  for (const region of answers.regions) out.push(`| ${regionLabel(answers, region.id)} | ${region.clusters} |`);
  out.push('');

  out.push('## Decision Drivers', '');
  out.push(
    `* Round trip between the management plane and a downstream cluster of at most ${ms(answers.latencyToleranceMs)}.`,
  );
  out.push(
    `* ${answers.opsEngineers} engineer${answers.opsEngineers === 1 ? '' : 's'} (full-time equivalents) to operate management-plane installations.`,
  );
  out.push(
    `* ${answers.crossRegionEnvironments ? 'Some environments span clusters in several regions and are run as one.' : 'No environment spans clusters in several regions.'}`,
  );
  const priorityLines: Array<[string, number]> = [
    ['One interface for every region and cluster', answers.priorities.singlePane],
    ['Deploying one app to many regions in one step', answers.priorities.multiClusterApps],
    ["Each region keeping provisioning during another plane's outage", answers.priorities.faultIsolation],
    ['Upgrading the management plane region by region', answers.priorities.independentUpgrades],
  ];
  for (const [driver, level] of priorityLines)
    out.push(`* ${driver}: ${PRIORITY_LABELS[level as 0] ?? level} (${level} of 4).`);
  out.push('');

  out.push('## Considered Options', '');
  out.push('* Hub & Spoke: one central Rancher installation manages the clusters in every region');
  out.push('* Regional: one Rancher installation per region (neighbouring regions share one)', '');

  out.push('## Decision Outcome', '');
  const reasons = recommendation.factors
    .filter((factor) => factor.favors === chosen)
    .sort((a, b) => b.weight - a.weight)
    .slice(0, 2)
    .map((factor) => lowerFirst(factor.title));
  out.push(
    `Chosen option: "${STRATEGY_NAMES[chosen]}", because ${reasons.length > 0 ? reasons.join(' and ') : 'it is the simpler of two equal options'} outweigh the case for ${STRATEGY_NAMES[other]} (scores ${recommendation.scores[chosen]} to ${recommendation.scores[other]}, ${recommendation.confidence === 'close-call' ? 'a close call' : `${recommendation.confidence} confidence`}).`,
    '',
  );
  out.push(escapeMarkdown(recommendation.summary), '');

  out.push('### Consequences', '');
  const mine = footprint[chosen];
  for (const factor of recommendation.factors.filter((f) => f.favors === chosen)) {
    out.push(`* Good, because ${escapeMarkdown(lowerFirst(factor.explanation))}`);
  }
  for (const factor of recommendation.factors.filter((f) => f.favors === other)) {
    out.push(`* Bad, because ${escapeMarkdown(lowerFirst(factor.explanation))}`);
  }
  out.push(
    `* Neutral: ${mine.installations} installation${mine.installations === 1 ? '' : 's'} with ${mine.managementNodes} management nodes (three-node HA each); the largest manages ${mine.largestInstallationClusters} clusters, a ${mine.largestInstallationSize} Rancher server; one plane outage stops provisioning for up to ${mine.clustersLosingProvisioningOnOutage} clusters, while their workloads keep running.`,
    '',
  );

  out.push('### Confirmation', '');
  out.push(
    `Confirm before rollout: measure the real round trip from the ${chosen === 'regional' ? 'planned regional planes to their clusters' : 'hub to the farthest region'} (the figures below are estimates from distance), size each installation against Rancher's documented limits, and check that browsers reach Rancher within ${BROWSER_RTT_GUIDANCE_MS} ms.`,
    '',
  );
  const triggers = recommendation.flips.filter((flip) => flip.value !== null);
  if (triggers.length > 0) {
    out.push('Re-evaluate this decision if any of these changes:', '');
    for (const flip of triggers) out.push(`* ${escapeMarkdown(flip.explanation)}`);
  } else {
    out.push(
      `No single answer within its range would change this decision; re-evaluate when regions are added or removed.`,
    );
  }
  out.push('');

  out.push('## Pros and Cons of the Options', '');
  for (const strategy of STRATEGIES) {
    out.push(`### ${STRATEGY_NAMES[strategy]}`, '');
    const f = footprint[strategy];
    out.push(
      strategy === 'hub-and-spoke'
        ? `One installation${f.installations > 1 ? ` (${f.installations}, because of Rancher's scale limit)` : ''} in ${regionLabel(answers, recommendation.hub.regionId)}, ${f.managementNodes} management nodes.`
        : `${f.installations} installation${f.installations === 1 ? '' : 's'}, ${f.managementNodes} management nodes.`,
      '',
    );
    out.push(...prosAndCons(strategy), '');
  }

  out.push('## More Information', '');
  out.push('### Weighted criteria', '');
  out.push('| Criterion | Weight | Favours | Reason |', '|---|--:|---|---|');
  for (const factor of [...recommendation.factors].sort((a, b) => b.weight - a.weight)) {
    const favours = factor.favors === 'neutral' ? 'neither' : STRATEGY_NAMES[factor.favors];
    out.push(
      `| ${factor.title} | ${(factor.weight * 100).toFixed(0)}% | ${favours} | ${escapeMarkdown(factor.explanation)} |`,
    );
  }
  out.push('');
  out.push('### Hub and estimated round trips', '');
  out.push(
    `A single hub would sit in ${regionLabel(answers, recommendation.hub.regionId)}; its worst estimated round trip is ${ms(recommendation.hub.worstRttMs)} (tolerance ${ms(answers.latencyToleranceMs)}).`,
    '',
  );
  out.push('| Region | Estimated round trip from the hub |', '|---|--:|');
  for (const region of answers.regions) {
    out.push(`| ${regionLabel(answers, region.id)} | ${ms(recommendation.hub.rttMs[region.id] ?? 0)} |`);
  }
  out.push('');
  out.push('### Regional plan', '');
  out.push(`Regions within ${REGIONAL_GROUP_MAX_RTT_MS} ms of each other share one regional plane:`, '');
  for (const group of recommendation.regionalPlan.groups) {
    out.push(
      `* Plane in ${regionLabel(answers, group.planeRegionId)}: ${group.regionIds.map((id) => regionLabel(answers, id)).join(', ')} (${group.clusters} clusters${group.installations > 1 ? `, ${group.installations} installations` : ''})`,
    );
  }
  out.push('');
  out.push('### Sources', '');
  const cited = [...new Set(recommendation.factors.flatMap((factor) => factor.sources))].map((id) => SOURCES[id]);
  for (const url of new Set(cited.map((source) => source.url))) {
    const quotes = cited.filter((source) => source.url === url);
    out.push(`* [${quotes[0]?.title}](${url})`);
    for (const source of quotes) out.push(`  * ${source.quote}`);
  }
  out.push('');
  if (options.shareUrl) {
    out.push(`Live recommendation (answers in the link): <${options.shareUrl}>`, '');
  }
  out.push('Generated by Rancher Strategy Advisor; the round trips are estimates from great-circle distance.');
  return `${out.join('\n')}\n`;
}
