import { PRIORITY_LABELS } from '../answer-limits';
import { SOURCES, type SourceId } from '../sources';
import { STRATEGY_NAMES, type Strategy } from '../strategy';
import type { EngineMessages } from './types';

// English is the contract's language: these templates reproduce the text the CLI has always printed, so
// numbers are written as JavaScript writes them (no digit grouping) and words agree with their counts.

const num = (value: number) => String(value);
const ms = (value: number) => `${Math.round(value)} ms`;
const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
const timesOf = (count: number) => (count === 1 ? 'once' : count === 2 ? 'twice' : `${count} times`);
const name = (strategy: Strategy) => STRATEGY_NAMES[strategy];

/** Titles are sentence case; inside a sentence only their first letter drops to lower case. */
const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/** Lowers a sentence's first letter after "because", unless it starts with a proper name. */
const asClause = (text: string) =>
  /^[A-Z](?:[a-z]|\s)/.test(text) && !/^(Hub|Regional|Rancher|Kubernetes)\b/.test(text) ? lowerFirst(text) : text;

/**
 * The app's "you" as the record's "we": "your" -> "our", "you" after a verb or preposition -> "us", otherwise
 * "we". The templates say "you" in these few ways only; a test holds every record free of "you".
 */
const OUR_VOICE: readonly (readonly [RegExp, string])[] = [
  [/\byour\b/g, 'our'],
  [/\bYour\b/g, 'Our'],
  [/\b(lets|let|gives|give|helps|help|tells|tell|for|to|with|on|from|than) you\b/g, '$1 us'],
  [/\byou\b/g, 'we'],
  [/\bYou\b/g, 'We'],
];
const inOurVoice = (sentence: string) =>
  OUR_VOICE.reduce((text, [pattern, replacement]) => text.replace(pattern, replacement), sentence);

const hubInterfaces = (hubInstallations: number) =>
  hubInstallations === 1 ? 'one interface' : `${hubInstallations} interfaces (Rancher's scale ceiling)`;

const STRETCHED =
  'Rancher does not support one cluster stretched across regions (its former pro "nodes across regions" was withdrawn)';

const where = (p: { hub: string; farthest: string; worstMs: number }) =>
  `from a hub in ${p.hub} the farthest region, ${p.farthest}, is about ${ms(p.worstMs)} away`;

const PRIORITY_TOPICS = {
  singlePane: 'one interface for every region',
  multiClusterApps: 'deploying one app to many regions in one step',
  faultIsolation: "regions keeping provisioning during another plane's outage",
  independentUpgrades: 'upgrading region by region',
} as const;

const CONFIDENCE_WORDS = { strong: 'clearly', moderate: 'moderately', 'close-call': 'narrowly' } as const;

/** SOURCES holds the English quotes; the catalog reads them rather than copying them. */
function fromSources(read: (quote: string) => string): Record<SourceId, string> {
  const entries = Object.values(SOURCES).map((source) => [source.id, read(source.quote)] as const);
  return Object.fromEntries(entries) as Record<SourceId, string>;
}

export const en: EngineMessages = {
  formatNumber: num,
  formatMs: ms,
  strategyName: STRATEGY_NAMES,
  strategyFullName: STRATEGY_NAMES,
  confidenceLabel: { strong: 'Strong fit', moderate: 'Moderate fit', 'close-call': 'Close call' },
  priorityLabels: PRIORITY_LABELS,
  serverSize: { small: 'small', medium: 'medium', large: 'large', 'beyond-large': 'beyond-large' },
  sourceQuote: fromSources((quote) => quote),
  sourceClaim: fromSources((quote) => quote.replace(/^(Hub & Spoke|Regional) (pro|con): /, '')),

  factors: {
    'one-installation-suffices': {
      title: 'One installation already covers every region',
      tooFarApart: (p) =>
        `Your regions are too far apart for one local plane, so the Regional strategy would mean ${plural(p.regionalInstallations, 'installation', 'installations')}.`,
      allWithinOnePlane: (p) =>
        `All your regions are within ${ms(p.groupMaxRttMs)} of one another, so "Regional" would be the same single installation: one central plane is simply the whole answer.`,
    },
    'single-pane': {
      title: 'One interface for every region',
      sameInstallations: (p) =>
        `Both strategies need the same number of installations here (${hubInterfaces(p.hubInstallations)}), so neither shows more in one place.`,
      doesNotMatter:
        'You said a single interface does not matter, so the separate views of a Regional setup cost you nothing.',
      favorsHub: (p) =>
        `Hub & Spoke shows all ${plural(p.totalClusters, 'cluster', 'clusters')} in ${hubInterfaces(p.hubInstallations)}; Regional splits them over ${plural(p.regionalInstallations, 'interface', 'interfaces')}.`,
    },
    'multi-cluster-apps': {
      title: 'Deploying one app to many regions',
      sameInstallations:
        'A multi-cluster app is deployed the same number of times under either strategy, because both need the same installations.',
      doesNotMatter:
        'You said deploying one app across regions in one step does not matter, so repeating it per installation costs you little.',
      favorsHub: (p) =>
        `With Regional, every app that spans regions is deployed ${timesOf(p.regionalInstallations)}, once per installation; Hub & Spoke deploys it ${timesOf(p.hubInstallations)}.`,
    },
    'cross-region-environments': {
      title: 'Environments that span regions',
      noneSpan: `${STRETCHED}; you said no environment spans regions, so this does not weigh either way.`,
      sameInstallations: `${STRETCHED}; both strategies put your environments' clusters under the same installations, so this does not weigh.`,
      favorsHub: (p) =>
        `${STRETCHED}, but an environment made of separate clusters in several regions is run as one only from one central plane; Regional splits it over ${plural(p.regionalInstallations, 'installation', 'installations')}.`,
    },
    latency: {
      title: 'Round trip from a central plane to the clusters',
      sameForBoth: (p) =>
        `Latency is the same under both strategies, because one plane serves all your regions: ${where(p)}${p.beyondTolerance ? `, beyond your ${ms(p.toleranceMs)} tolerance even so` : ''}.`,
      noConcern: (p) => `Latency is no concern: ${where(p)}, well within your ${ms(p.toleranceMs)} tolerance.`,
      favorsRegional: (p) =>
        `Hub & Spoke is subject to latency: ${where(p)}, ${
          p.beyondTolerance
            ? `beyond your ${ms(p.toleranceMs)} tolerance, while regional planes stay close to their clusters`
            : `close to your ${ms(p.toleranceMs)} tolerance, while regional planes would keep more headroom`
        }.`,
    },
    'browser-latency': {
      title: 'Browser-to-server guidance of Rancher',
      withinGuidance: (p) =>
        `People working near any of your regions reach a central Rancher within Rancher's ${p.guidanceMs} ms browser guidance (at most about ${ms(p.worstMs)}).`,
      beyondGuidance: (p) =>
        `People working near ${p.farthest} would reach a central Rancher at about ${ms(p.worstMs)}, beyond Rancher's ${p.guidanceMs} ms browser guidance; a regional plane keeps the UI close to them.`,
    },
    'fault-isolation': {
      title: 'A region keeps working when another plane is down',
      oneInstallation:
        'One installation covers all your regions under either strategy, so an outage of it stops provisioning everywhere in both.',
      doesNotMatter:
        "You said it does not matter whether regions keep provisioning during another plane's outage, so this does not weigh.",
      favorsRegional: (p) =>
        `If a central plane is down, provisioning stops for all ${p.totalClusters} clusters (each can still be managed directly); with Regional, at least ${p.protectedPercent}% of your clusters keep their plane when any one plane is down.`,
    },
    'blast-radius': {
      title: 'Blast radius of one management-plane outage',
      sameForBoth: (p) =>
        `One outage would stop provisioning for up to ${plural(p.hubLoss, 'cluster', 'clusters')} under either strategy.`,
      favorsRegional: (p) =>
        `One outage stops provisioning for up to ${plural(p.hubLoss, 'cluster', 'clusters')} with Hub & Spoke, but for at most ${plural(p.regionalLoss, 'cluster', 'clusters')} with Regional.`,
    },
    'independent-upgrades': {
      title: 'Upgrading region by region',
      oneInstallation:
        'With one installation for all your regions, every upgrade reaches all of them at once under either strategy.',
      doesNotMatter:
        "You said upgrading on each region's own schedule does not matter, so one upgrade for all regions is fine.",
      favorsRegional: (p) =>
        `Regional lets you upgrade Rancher in ${plural(p.places, 'place', 'places')} on each one's own schedule, trying each release on one region first; Hub & Spoke upgrades every region at once.`,
    },
    'operating-load': {
      title: 'Operating several installations',
      sameInstallations: 'Both strategies run the same number of installations here, so neither adds operating work.',
      favorsHub: (p) =>
        `Regional means ${plural(p.regionalInstallations, 'installation', 'installations')} (${p.regionalNodes} management nodes in three-node HA) to upgrade, back up and watch, about ${plural(p.extraEngineers, "more engineer's", "more engineers'")} worth of routine work than one hub, for a team of ${p.opsEngineers}.`,
    },
    'scale-ceiling': {
      title: 'Documented scale of one Rancher installation',
      favorsRegional: (p) =>
        `${p.totalClusters} clusters exceed the ${p.maxClustersPerInstallation} that Rancher documents for its largest server size, so Hub & Spoke would need ${p.hubInstallations} hubs anyway and lose its single view; splitting by region is the natural cut.`,
      fitsOneInstallation: (p) =>
        `One installation manages all ${plural(p.totalClusters, 'cluster', 'clusters')} within Rancher's documented sizes (a ${p.size} server handles them).`,
    },
    'workloads-keep-running': {
      title: 'Clusters keep running without their management plane',
      explanation:
        'Under either strategy, downstream Kubernetes keeps running its workloads when the management plane is unreachable; an outage stops provisioning and central management, not your applications.',
    },
  },

  factorClauses: {
    'one-installation-suffices': 'one installation already covering every region',
    'single-pane': 'one interface for every region',
    'multi-cluster-apps': 'deploying an app to many regions in one step',
    'cross-region-environments': 'running environments that span regions as one',
    latency: 'the round trip from a central plane to the farthest clusters',
    'browser-latency': "the round trip from people's browsers to a central Rancher",
    'fault-isolation': 'each region keeping its plane when another one is down',
    'blast-radius': 'the smaller share of clusters one outage stops',
    'independent-upgrades': 'upgrading region by region',
    'operating-load': 'the work of operating several installations',
    'scale-ceiling': 'more clusters than one Rancher installation manages',
    'workloads-keep-running': 'clusters running on without their management plane',
  },

  summary: (p) => {
    const shape =
      p.shape.strategy === 'regional'
        ? `Run ${p.shape.planes === 1 ? 'one management plane' : `${p.shape.planes} regional management planes`}`
        : `Run ${p.shape.installations === 1 ? 'one central management plane' : `${p.shape.installations} central management planes (more clusters than one Rancher installation manages)`} in ${p.shape.hubName}`;
    const why = p.reasons.length > 0 ? `, mainly because of ${p.reasons.join(' and ')}` : '';
    const against = p.counter ? ` The strongest point for ${name(p.loser)} is ${p.counter}.` : '';
    return `${name(p.winner)} ${CONFIDENCE_WORDS[p.confidence]} fits your answers better (${p.winnerScore} to ${p.loserScore})${why}. ${shape}.${against}`;
  },

  flips: {
    toleranceNone: (p) => `No latency tolerance between ${p.minMs} and ${p.maxMs} ms would make ${name(p.to)} win.`,
    tolerance: (p) =>
      `${name(p.to)} would win if your latency tolerance were ${p.valueMs} ms${p.to === 'regional' ? ' or less' : ' or more'}.`,
    engineersNone: (p) =>
      `No number of operations engineers between ${p.min} and ${p.max} would make ${name(p.to)} win.`,
    engineers: (p) =>
      `${name(p.to)} would win with ${plural(p.value, 'operations engineer', 'operations engineers')}${p.to === 'regional' ? ' or more' : ' or fewer'}.`,
    environments: (p) =>
      `${name(p.to)} would win if ${p.spanning ? 'some' : 'none of your'} environments spanned regions.`,
    environmentsNone: 'Whether environments span regions does not change the recommendation.',
    priorityTopics: PRIORITY_TOPICS,
    priorityNone: (p) => `No priority for ${PRIORITY_TOPICS[p.key]} would make ${name(p.to)} win.`,
    priority: (p) =>
      `${name(p.to)} would win if ${PRIORITY_TOPICS[p.key]} were "${PRIORITY_LABELS[p.value]}" (${p.value}) instead of "${PRIORITY_LABELS[p.current]}" (${p.current}).`,
  },

  decisionRecord: {
    title: (p) => {
      const regions = `${p.regions} region${p.regions === 1 ? '' : 's'}`;
      return p.strategy === 'regional'
        ? `Run a Rancher management plane per region (Regional) for ${regions}`
        : `Run one central Rancher management plane (Hub & Spoke) for ${regions}`;
    },
    headings: {
      context: 'Context and Problem Statement',
      drivers: 'Decision Drivers',
      options: 'Considered Options',
      outcome: 'Decision Outcome',
      consequences: 'Consequences',
      confirmation: 'Confirmation',
      prosAndCons: 'Pros and Cons of the Options',
      moreInformation: 'More Information',
      weightedCriteria: 'Weighted criteria',
      hubRoundTrips: 'Hub and estimated round trips',
      regionalPlan: 'Regional plan',
      sources: 'Sources',
    },
    context: (p) =>
      `We run ${p.totalClusters} downstream Kubernetes cluster${p.totalClusters === 1 ? '' : 's'} in ${p.regions} region${p.regions === 1 ? '' : 's'} and need to decide where the management plane (Rancher) runs: one central installation that manages every region (Hub & Spoke), or one installation per region (Regional), as weighed in Rancher's best-practice page "Rancher Deployment Strategy".`,
    regionColumns: ['Region', 'Clusters'],
    toleranceDriver: (p) =>
      `Round trip between the management plane and a downstream cluster of at most ${ms(p.toleranceMs)}.`,
    engineersDriver: (p) =>
      `${p.engineers} engineer${p.engineers === 1 ? '' : 's'} (full-time equivalents) to operate management-plane installations.`,
    environmentsDriver: (p) =>
      p.spanning
        ? 'Some environments span clusters in several regions and are run as one.'
        : 'No environment spans clusters in several regions.',
    priorityDrivers: {
      singlePane: 'One interface for every region and cluster',
      multiClusterApps: 'Deploying one app to many regions in one step',
      faultIsolation: "Each region keeping provisioning during another plane's outage",
      independentUpgrades: 'Upgrading the management plane region by region',
    },
    priorityDriver: (p) => `${p.driver}: ${PRIORITY_LABELS[p.level as 0] ?? p.level} (${p.level} of 4).`,
    consideredOptions: {
      'hub-and-spoke': 'Hub & Spoke: one central Rancher installation manages the clusters in every region',
      regional: 'Regional: one Rancher installation per region (neighbouring regions share one)',
    },
    chosenOption: (p) => {
      const scores = `scores ${p.chosenScore} to ${p.otherScore}, ${p.confidence === 'close-call' ? 'a close call' : `${p.confidence} confidence`}`;
      if (p.reasons.length === 0) {
        return `Chosen option: "${name(p.chosen)}", because it is the simpler of two equal options (${scores}).`;
      }
      const outweigh = p.reasons.length === 1 ? 'outweighs' : 'outweigh';
      return `Chosen option: "${name(p.chosen)}", because ${p.reasons.join(' and ')} ${outweigh} the case for ${name(p.other)} (${scores}).`;
    },
    asClause,
    inOurVoice,
    good: (p) => `Good, because ${p.reasonMarkdown}`,
    bad: (p) => `Bad, because ${p.reasonMarkdown}`,
    neutral: (p) => `Neutral, because ${p.reasonMarkdown}`,
    footprint: (p) =>
      `Neutral: ${plural(p.installations, 'installation', 'installations')} with ${p.managementNodes} management nodes (three-node HA each); the largest manages ${plural(p.largestClusters, 'cluster', 'clusters')}, a ${p.size} Rancher server; one plane outage stops provisioning for up to ${plural(p.clustersLosingProvisioning, 'cluster', 'clusters')}, while their workloads keep running.`,
    confirmation: (p) =>
      `Before rollout we measure the real round trip from the ${p.chosen === 'regional' ? 'planned regional planes to their clusters' : 'hub to the farthest region'} (the figures below are estimates from distance), size each installation against Rancher's documented limits, and check that browsers reach Rancher within ${p.guidanceMs} ms.`,
    reEvaluate: 'We re-evaluate this decision if any of these changes:',
    noTriggers:
      'No single answer within its range would change this decision; we re-evaluate it when regions are added or removed.',
    optionFootprint: {
      'hub-and-spoke': (p) =>
        `One installation${p.installations > 1 ? ` (${p.installations}, because of Rancher's scale limit)` : ''} in ${p.hubMarkdown}, ${p.managementNodes} management nodes.`,
      regional: (p) =>
        `${p.installations} installation${p.installations === 1 ? '' : 's'}, ${p.managementNodes} management nodes.`,
    },
    criteriaColumns: ['Criterion', 'Weight', 'Favours', 'Reason'],
    favoursNeither: 'neither',
    hubRoundTrips: (p) =>
      `A single hub would sit in ${p.hubMarkdown}; its worst estimated round trip is ${ms(p.worstMs)} (tolerance ${ms(p.toleranceMs)}).`,
    roundTripColumns: ['Region', 'Estimated round trip from the hub'],
    regionalPlan: (p) => `Regions within ${p.groupMaxRttMs} ms of each other share one regional plane:`,
    planeGroup: (p) => {
      const size = `${plural(p.clusters, 'cluster', 'clusters')}${p.installations > 1 ? `, ${p.installations} installations` : ''}`;
      return p.othersMarkdown.length === 0
        ? `Plane in ${p.planeMarkdown}, serving its own region (${size})`
        : `Plane in ${p.planeMarkdown}, also serving ${p.othersMarkdown.join(', ')} (${size} in all)`;
    },
    shareLink: (p) => `Live recommendation (answers in the link): <${p.url}>`,
    footer: 'Generated by Rancher Strategy Advisor; the round trips are estimates from great-circle distance.',
  },
};
