import { PRIORITY_LABELS } from '../answer-limits';
import type { PlaneReason } from '../planes';
import { SOURCES, type SourceId } from '../sources';
import { STRATEGY_NAMES, type Strategy } from '../strategy';
import type { EngineMessages, SummaryPlane, SummaryShape } from './types';

// English is the contract's language: these templates reproduce the text the CLI has always printed, so
// numbers are written as JavaScript writes them (no digit grouping) and words agree with their counts.

const num = (value: number) => String(value);
const ms = (value: number) => `${Math.round(value)} ms`;
const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
const name = (strategy: Strategy) => STRATEGY_NAMES[strategy];

/** Titles are sentence case; inside a sentence only their first letter drops to lower case. */
const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/** Lowers a sentence's first letter after "because", unless it starts with a proper name. */
const asClause = (text: string) =>
  /^[A-Z](?:[a-z]|\s)/.test(text) && !/^(Hub|Regional|Rancher|Kubernetes)\b/.test(text) ? lowerFirst(text) : text;

const percent = (part: number, whole: number) => `${Math.round((100 * part) / whole)}%`;
/** "A", "A and B", "A, B and C". */
const listOf = (items: readonly string[]) =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
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

const STRETCHED =
  'Rancher does not support one cluster stretched across regions (its former pro "nodes across regions" was withdrawn)';

const where = (p: { hub: string; farthest: string; worstMs: number }) =>
  p.hub === p.farthest
    ? `every region is within about ${ms(p.worstMs)} of the hub in ${p.hub}`
    : `from a hub in ${p.hub} the farthest region, ${p.farthest}, is about ${ms(p.worstMs)} away`;

const CORRIDORS = {
  'china-cross-border': "across mainland China's border",
  'africa-via-europe': 'Africa through Europe',
  'levant-via-europe': 'the Levant through Europe',
  'south-america-via-us': 'South America through the US',
  uncharted: 'regions no published measurement covers',
} as const;

const PRIORITY_TOPICS = {
  singlePane: 'one interface for every region',
  multiClusterApps: 'deploying one app to many regions in one step',
  faultIsolation: "regions keeping provisioning during another plane's outage",
  independentUpgrades: 'upgrading region by region',
} as const;

const CONFIDENCE_WORDS = { strong: 'clearly', moderate: 'moderately', 'close-call': 'narrowly' } as const;

const NUMBER_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'] as const;
/** Small counts in words, as running text writes them ("two hubs"); larger ones in digits. */
const countWord = (count: number) => NUMBER_WORDS[count] ?? String(count);
/** Planes the summary names one by one; the rest are counted. Team's judgement: a sentence still read in one go. */
const SUMMARY_MAX_PLANES = 5;

/** One plane in the summary: "Frankfurt for the European Union", "Secure lab inside its air gap". */
function summaryPlane(plane: SummaryPlane): string {
  const side = plane.installations > 1 ? ` (${plane.installations} installations side by side)` : '';
  if (plane.reason === 'air-gap') return `${plane.place} inside its air gap${side}`;
  if (plane.serves) return `${plane.place} for ${plane.serves}${side}`;
  if (plane.reason === 'rest') return `${plane.place} for the rest${side}`;
  if (plane.others.length > 0) return `${plane.place} also serving ${listOf(plane.others)}${side}`;
  return `${plane.place}${side}`;
}

/** "Run two hubs, one per jurisdiction: Frankfurt for the European Union, N. Virginia for the rest". */
function summaryShape(shape: SummaryShape): string {
  const planes = shape.planes;
  const first = planes[0];
  if (planes.length === 1 && first) {
    const side = first.installations > 1 ? `, as ${first.installations} installations side by side` : '';
    return shape.strategy === 'regional'
      ? `Run one management plane in ${first.place}${side}: your regions lie in one geography`
      : `Run one central management plane in ${first.place}${side}`;
  }
  const jurisdictions = planes.some((plane) => plane.reason === 'jurisdiction' || plane.reason === 'mainland-china');
  const airGaps = planes.some((plane) => plane.reason === 'air-gap');
  const why = [
    ...(shape.strategy === 'regional' ? ['geography'] : []),
    ...(jurisdictions ? ['jurisdiction'] : []),
    ...(airGaps ? ['air gap'] : []),
  ];
  const named = planes.slice(0, SUMMARY_MAX_PLANES).map(summaryPlane);
  const more = planes.length - named.length;
  // Place names with commas of their own ("Frankfurt, Germany") are set apart by semicolons.
  const separator = named.some((clause) => clause.includes(',')) ? '; ' : ', ';
  const list = `${named.join(separator)}${more > 0 ? ` and ${more} more` : ''}`;
  const kind = shape.strategy === 'regional' ? 'regional planes' : 'hubs';
  return `Run ${countWord(planes.length)} ${kind}${why.length > 0 ? `, one per ${why.join(' or ')}` : ''}: ${list}`;
}

const WHY_WORDS = { geography: 'geography', jurisdiction: 'jurisdiction', 'air-gap': 'air gap' } as const;

/** Why a plane exists, after its place: "for the European Union (management stays inside it)". */
const PLANE_WHY: Readonly<Record<PlaneReason, (serves: string | null) => string>> = {
  jurisdiction: (serves) => `for ${serves ?? 'its jurisdiction'}, whose management stays inside it`,
  'mainland-china': (serves) => `for ${serves ?? 'mainland China'}, whose management stays inside it`,
  'air-gap': () => 'inside its air gap',
  geography: (serves) => (serves ? `for ${serves}` : ''),
  central: () => 'for every region',
  rest: (serves) => `for ${serves ?? 'the rest of the estate'}`,
};

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
    'same-planes': {
      title: 'Regional would run the same planes',
      differs: (p) =>
        `Your regions lie in ${plural(p.regionalPlanes, 'geography', 'geographies')}, so Regional would mean ${plural(p.regionalPlanes, 'plane', 'planes')} against ${plural(p.hubPlanes, 'hub', 'hubs')}.`,
      same: (p) =>
        `All your regions lie in one geography (within about ${ms(p.groupMaxRttMs)} of one another), so "Regional" would be the very ${p.planes === 1 ? 'plane' : `${p.planes} planes`} Hub & Spoke runs: nothing is gained by calling it Regional.`,
    },
    'single-pane': {
      title: 'One interface for every region',
      sameInstallations: 'Both strategies run the same installations here, so neither shows more in one place.',
      doesNotMatter:
        'We said a single interface does not matter, so the separate views of a Regional setup cost us nothing.',
      favorsHub: (p) =>
        `Hub & Spoke shows all ${plural(p.totalClusters, 'cluster', 'clusters')} in ${p.hubPlanes === 1 ? 'one interface' : `${p.hubPlanes} interfaces (one per hub)`}; Regional splits them over ${plural(p.regionalPlanes, 'interface', 'interfaces')}.`,
    },
    'multi-cluster-apps': {
      title: 'Deploying one app to many regions',
      sameInstallations:
        'Both strategies run the same installations, so an app is rolled out the same way under either.',
      doesNotMatter:
        'We said deploying one app across regions in one step does not matter, so repeating the set-up per installation costs us little.',
      favorsHub: (p) =>
        `Rancher's legacy multi-cluster apps are deprecated; with Fleet, each of the ${plural(p.regionalPlanes, 'installation', 'installations')} can follow the same Git repositories, but each still needs its GitRepo resources, cluster groups and secrets kept in step, where one hub needs them once.`,
    },
    'cross-region-environments': {
      title: 'Environments that span regions',
      noneSpan: `${STRETCHED}; we said no environment spans regions, so this does not weigh either way.`,
      sameInstallations: `${STRETCHED}; both strategies put our environments' clusters under the same installations, so this does not weigh.`,
      favorsHub: (p) =>
        `${STRETCHED}, but an environment made of separate clusters in several regions is run as one only from one central plane; Regional splits it over ${plural(p.regionalPlanes, 'installation', 'installations')}.`,
    },
    latency: {
      title: 'Round trip from a central plane to the clusters',
      sameForBoth: (p) =>
        `Round trips are the same under both strategies, because the same planes serve our regions: ${where(p)}${p.beyondClusters > 0 ? `, beyond our ${ms(p.toleranceMs)} tolerance for ${plural(p.beyondClusters, 'cluster', 'clusters')}` : ''}.`,
      noConcern: (p) => `Latency is no concern: ${where(p)}, well within our ${ms(p.toleranceMs)} tolerance.`,
      favorsRegional: (p) =>
        p.beyondClusters > 0
          ? `Hub & Spoke is subject to latency: ${where(p)}; ${p.beyondClusters} of our ${plural(p.totalClusters, 'cluster', 'clusters')} (${percent(p.beyondClusters, p.totalClusters)}) are beyond our ${ms(p.toleranceMs)} tolerance from it, against ${p.regionalBeyondClusters} from their own regional planes.`
          : `Hub & Spoke is subject to latency: ${where(p)}, within our ${ms(p.toleranceMs)} tolerance but above half of it, while regional planes keep more headroom.`,
    },
    'browser-latency': {
      title: "Rancher's browser-to-server guidance",
      withinGuidance: (p) =>
        `People working near any of our regions reach a central Rancher within Rancher's ${p.guidanceMs} ms browser guidance (at most about ${ms(p.worstMs)}).`,
      beyondGuidance: (p) =>
        `People working near ${p.farthest} would reach a central Rancher at about ${ms(p.worstMs)}, beyond Rancher's ${p.guidanceMs} ms browser guidance (${plural(p.beyondClusters, 'cluster', 'clusters')} of ${p.totalClusters} sit that far); a regional plane keeps the UI close to them.`,
    },
    'fault-isolation': {
      title: 'A region keeps working when another plane is down',
      sameForBoth: (p) =>
        `Both strategies run the same planes, so one outage stops provisioning for up to ${plural(p.hubLoss, 'cluster', 'clusters')} under either; their workloads keep running.`,
      doesNotMatter:
        "We said it does not matter whether regions keep provisioning during another plane's outage, so this does not weigh.",
      favorsRegional: (p) =>
        `One outage of the central site stops provisioning for ${p.hubLoss === p.totalClusters ? `all ${plural(p.hubLoss, 'cluster', 'clusters')}` : plural(p.hubLoss, 'cluster', 'clusters')} (their workloads keep running); with Regional, the largest plane's outage stops ${plural(p.regionalLoss, 'cluster', 'clusters')}. ${
          p.standbyCoversMost
            ? `Our clusters sit on average ${ms(p.meanRttMs)} from the hub, so a warm standby restored from rancher-backup in a second region covers most of this.`
            : `Our clusters sit on average ${ms(p.meanRttMs)} from the hub, so a warm standby covers a site loss but not a long-haul network problem that cuts the hub off from far regions.`
        }`,
    },
    'independent-upgrades': {
      title: 'Upgrading Rancher region by region',
      oneInstallation:
        'Both strategies run the same planes, so every upgrade of Rancher reaches the same clusters at once.',
      doesNotMatter:
        "We said upgrading on each region's own schedule does not matter, so one upgrade for all regions is fine.",
      favorsRegional: (p) =>
        `Regional lets us upgrade Rancher in ${plural(p.places, 'place', 'places')} on each one's own schedule, trying each release on the smallest plane first; with Hub & Spoke the hub is upgraded for every region at once (downstream clusters are upgraded one by one under either).`,
    },
    'operating-load': {
      title: 'Operating several installations',
      sameInstallations: 'Both strategies run the same installations here, so neither adds operating work.',
      favorsHub: (p) =>
        `Regional means ${plural(p.regionalInstallations, 'installation', 'installations')} (${p.regionalNodes} management nodes in three-node HA) to upgrade, back up and watch, about ${plural(p.extraEngineers, "more engineer's", "more engineers'")} worth of routine work than the hub, for a team of ${p.opsEngineers}.`,
    },
    'scale-ceiling': {
      title: 'Documented scale of one Rancher installation',
      withinDocumented: (p) =>
        `The largest plane manages ${plural(p.hubClusters, 'cluster', 'clusters')}, within Rancher's documented sizes (a ${p.hubSize} server).`,
      beyondForBoth: (p) =>
        `${plural(p.hubClusters, 'cluster', 'clusters')} at one site are beyond Rancher's documented sizes under either strategy: run several installations side by side there, or plan one with SUSE's sizing guidance and tuning.`,
      favorsRegional: (p) =>
        `One hub for ${plural(p.hubClusters, 'cluster', 'clusters')} is beyond Rancher's documented sizes (500 clusters or 5,000 nodes; larger is possible only with tuning); Regional's largest plane manages ${plural(p.regionalClusters, 'cluster', 'clusters')}${p.regionalSize === 'beyond-large' ? ', still beyond them' : ` (a ${p.regionalSize} server)`}.`,
    },
    'hard-constraints': {
      title: 'Hard constraints: jurisdictions and air gaps',
      mainlandChina: 'mainland China',
      explanation: (p) => {
        const parts = [
          ...(p.jurisdictions.length > 0
            ? [
                `management must stay inside ${listOf(p.jurisdictions)}, so a central hub becomes one hub per jurisdiction`,
              ]
            : []),
          ...(p.airGapped.length > 0
            ? [
                `${listOf(p.airGapped)} ${p.airGapped.length === 1 ? 'is' : 'are'} air-gapped and need a plane inside the air gap`,
              ]
            : []),
        ];
        return `Rancher holds every cluster's credentials and proxies kubectl, exec and logs, so ${parts.join('; ')}. Both strategies keep these planes (${plural(p.hubPlanes, 'hub', 'hubs')} at least); the scores weigh only the rest.`;
      },
    },
    'workloads-keep-running': {
      title: 'Clusters keep running without their management plane',
      explanation: (p) =>
        `Under either strategy, downstream Kubernetes keeps running its workloads when the management plane is unreachable; an outage stops provisioning and management through Rancher. Meanwhile RKE2 and K3s clusters are reached through the Authorized Cluster Endpoint if it is enabled, and hosted EKS, AKS or GKE clusters with their provider's own credentials${
          p.provisionedPercent === null
            ? ''
            : p.provisionedPercent >= 100
              ? ' (we said all our clusters are Rancher-provisioned, so the endpoint covers every one)'
              : p.provisionedPercent <= 0
                ? " (we said none of our clusters is Rancher-provisioned, so an outage leaves only the providers' own tools)"
                : ` (we said about ${Math.round(p.provisionedPercent)}% of our clusters are Rancher-provisioned; the rest need their provider's tools during an outage)`
        }.`,
    },
  },

  plan: {
    measureUncertain: (p) =>
      `Our round trips to ${listOf(p.regions)} are estimates on ${p.corridors.length === 1 ? 'a corridor' : 'corridors'} where networks route very differently (${listOf(p.corridors.map((corridor) => CORRIDORS[corridor]))}): measure them (ping between the sites, or the provider's latency dashboard) and enter them under Constraints, measured round trips.`,
    haHub: (p) =>
      `Run ${p.planes === 1 ? `the hub in ${p.hub}` : `each hub (the main one in ${p.hub})`} as a three-node HA Kubernetes cluster dedicated to Rancher, all three nodes in one data centre, with SSD-backed etcd, sized ${p.size === 'beyond-large' ? 'beyond the documented sizes (see below)' : `"${p.size}" in Rancher's requirements`}.`,
    warmStandby: (p) =>
      `Keep a warm standby${p.standby ? ` in ${p.standby}` : ' in a second region'}: back up Rancher with rancher-backup to object storage outside ${p.hub}, and rehearse restoring it into a standby cluster there under the same server URL, so losing ${p.hub} costs hours, not a rebuild.`,
    jurisdictionHubs: (p) =>
      `Run one hub per jurisdiction: ${p.hubs.map((hub) => `${hub.jurisdiction} from ${hub.plane}`).join('; ')}. Credentials, users, audit logs and kubectl traffic of each jurisdiction's clusters then stay inside it.`,
    restOfEstate: 'the rest of the estate',
    jurisdictionNeedsSite: (p) =>
      `No region of ours in ${p.jurisdiction} may host a plane (edge locations or intermittent links): run its plane in a data centre or cloud region inside ${p.jurisdiction}.`,
    airGapPlanes: (p) =>
      `Run a plane inside the air gap at ${listOf(p.sites)}, installed from a private registry (Rancher's air-gapped installation); no plane outside can reach it.`,
    beyondDocumented: (p) =>
      `The plane in ${p.plane} manages ${plural(p.clusters, 'cluster', 'clusters')} and ${plural(p.nodes, 'node', 'nodes')}, beyond Rancher's largest documented size (500 clusters, 5,000 nodes): run ${p.installations} installations side by side there, or one sized with SUSE's guidance and tuning (Rancher's "larger" tier).`,
    authorizedEndpoint: (p) =>
      `Enable the Authorized Cluster Endpoint for the ${plural(p.clusters, 'cluster', 'clusters')} in ${listOf(p.regions)}, up to ${ms(p.worstMs)} from ${p.regions.length === 1 ? 'its' : 'their'} plane (beyond our ${ms(p.toleranceMs)} tolerance): kubectl then goes straight to each cluster. It exists for RKE2 and K3s clusters provisioned or registered with Rancher, not for hosted EKS, AKS or GKE clusters${p.provisionedPercent === null ? '' : ` (we said ${Math.round(p.provisionedPercent)}% of our clusters are Rancher-provisioned)`}.`,
    pinnedHub: (p) =>
      `We pinned the hub to ${p.pinned}: its worst round trip is ${ms(p.worstMs)}, against ${ms(p.bestWorstMs)} from ${p.best}, where it would sit otherwise.`,
    planeOutsideAnswers: (p) =>
      `None of ${listOf(p.regions)} may host a plane (edge locations or intermittent links): run it in ${p.plane}, the nearest cloud region, or in a data centre of ours near it.`,
    intermittent: (p) =>
      `${listOf(p.sites)} ${p.sites.length === 1 ? 'has' : 'have'} intermittent links (${plural(p.clusters, 'cluster', 'clusters')}): deploy to them with Fleet, whose agents pull and resume when they reconnect, and keep them off the hub's critical path; many disconnected clusters at once saturate one Rancher server's queues.`,
    regionalPlanes: (p) =>
      `Run ${plural(p.planes, 'plane', 'planes')}, one per geography, each a three-node HA cluster dedicated to Rancher with SSD-backed etcd, each backed up with rancher-backup.`,
    fleetSharedGit: (p) =>
      `Deploy apps with Fleet, not the deprecated multi-cluster apps: give each of the ${plural(p.planes, 'installation', 'installations')} a GitRepo for the same repositories, with cluster labels that select each region's clusters, so one commit reaches every region.`,
    stagedUpgrades: (p) =>
      `Upgrade Rancher on the smallest plane (${p.first}) first, and the others once it has run the release for a while.`,
    crossBorder: (p) =>
      `${listOf(p.regions)} ${p.regions.length === 1 ? 'is' : 'are'} in mainland China but managed from outside it: cross-border links are filtered, lossy and regulated, so keep a plane inside mainland China unless this has been checked.`,
  },

  factorClauses: {
    'same-planes': 'the same planes serving every region under either strategy',
    'hard-constraints': 'the hard constraints of jurisdictions and air gaps',
    'single-pane': 'one interface for every region',
    'multi-cluster-apps': 'deploying an app to many regions in one step',
    'cross-region-environments': 'running environments that span regions as one',
    latency: 'the round trip from a central plane to the clusters',
    'browser-latency': "the round trip from people's browsers to a central Rancher",
    'fault-isolation': 'each region keeping its plane when another one is down',
    'independent-upgrades': 'upgrading region by region',
    'operating-load': 'the work of operating several installations',
    'scale-ceiling': 'more clusters at one site than Rancher documents for one installation',
    'workloads-keep-running': 'clusters running on without their management plane',
  },

  summary: (p) => {
    const why = p.reasons.length > 0 ? `, mainly because of ${p.reasons.join(' and ')}` : '';
    const against = p.counter ? ` The strongest point for ${name(p.loser)} is ${p.counter}.` : '';
    return `${name(p.winner)} ${CONFIDENCE_WORDS[p.confidence]} fits your answers better (${p.winnerScore} to ${p.loserScore})${why}. ${summaryShape(p.shape)}.${against}`;
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
      const why = p.why.length > 0 ? `, one per ${p.why.map((kind) => WHY_WORDS[kind]).join(' or ')},` : '';
      if (p.strategy === 'regional') {
        return p.planes === 1
          ? `Run one Rancher management plane (Regional) for ${regions}`
          : `Run ${countWord(p.planes)} regional Rancher management planes (Regional)${why} for ${regions}`;
      }
      return p.planes === 1
        ? `Run one central Rancher management plane (Hub & Spoke) for ${regions}`
        : `Run ${countWord(p.planes)} central Rancher management planes (Hub & Spoke)${why} for ${regions}`;
    },
    headings: {
      context: 'Context and Problem Statement',
      drivers: 'Decision Drivers',
      options: 'Considered Options',
      outcome: 'Decision Outcome',
      consequences: 'Consequences',
      confirmation: 'Confirmation',
      plan: 'How we run it',
      prosAndCons: 'Pros and Cons of the Options',
      moreInformation: 'More Information',
      weightedCriteria: 'Weighted criteria',
      hubRoundTrips: 'Hub & Spoke: planes and round trips',
      regionalPlan: 'Regional: planes and round trips',
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
    confirmation: (p) => {
      const size = `size each installation against Rancher's documented limits, and check that browsers reach Rancher within ${p.guidanceMs} ms`;
      if (p.figures === 'measured') {
        return `Before rollout we re-measure the round trips below (all measured by us) on the planned ${p.chosen === 'regional' ? 'regional planes' : p.planes === 1 ? 'hub' : 'hubs'}, ${size}.`;
      }
      const figures =
        p.figures === 'mixed'
          ? 'the figures below are estimates from typical routes, except those we measured'
          : 'the figures below are estimates from typical routes';
      return `Before rollout we measure the real round trip from the ${p.chosen === 'regional' ? 'planned regional planes to their clusters' : p.planes === 1 ? 'hub to the farthest region' : 'hubs to their farthest regions'} (${figures}), ${size}.`;
    },
    reEvaluate: 'We re-evaluate this decision if any of these changes:',
    noTriggers:
      'No single answer within its range would change this decision; we re-evaluate it when regions are added or removed.',
    optionFootprint: {
      'hub-and-spoke': (p) =>
        p.planesMarkdown.length > 1
          ? `${plural(p.installations, 'installation', 'installations')}, ${p.managementNodes} management nodes: ${p.planesMarkdown.join('; ')}.`
          : `One hub in ${p.hubMarkdown}${p.installations > 1 ? ` (${p.installations} installations side by side, beyond Rancher's documented sizes)` : ''}, ${p.managementNodes} management nodes.`,
      regional: (p) =>
        `${p.installations} installation${p.installations === 1 ? '' : 's'}, ${p.managementNodes} management nodes.`,
    },
    criteriaColumns: ['Criterion', 'Weight', 'Favours', 'Reason'],
    favoursNeither: 'neither',
    hubRoundTrips: (p) =>
      p.planes === 1
        ? `One hub would sit in ${p.hubMarkdown}; its worst round trip is ${ms(p.worstMs)} (tolerance ${ms(p.toleranceMs)}).`
        : `Hard constraints give Hub & Spoke ${countWord(p.planes)} hubs; each region is managed from its own, and the worst round trip is ${ms(p.worstMs)} (tolerance ${ms(p.toleranceMs)}).`,
    roundTripColumns: ['Region', 'Managed from', 'Round trip', 'Known by'],
    roundTripBasis: {
      'own-site': "the plane's own site (estimate)",
      measured: 'measured',
      estimated: 'estimate from typical routes',
      uncertain: 'estimate on an uncertain corridor: measure it',
    },
    regionalPlan: (p) =>
      `A regional plane serves one geography (regions within about ${p.groupMaxRttMs} ms of one another, never across continents):`,
    planeLine: (p) => {
      const size = `${plural(p.clusters, 'cluster', 'clusters')}${p.installations > 1 ? `, ${p.installations} installations side by side` : ''}`;
      const why = PLANE_WHY[p.reason](p.servesMarkdown);
      const serving =
        p.othersMarkdown.length === 0 ? 'serving its own region' : `also serving ${listOf(p.othersMarkdown)}`;
      const standby = p.standbyMarkdown ? `, warm standby in ${p.standbyMarkdown}` : '';
      return `Plane in ${p.planeMarkdown}${why ? ` ${why}` : ''}, ${serving}${standby} (${size}${p.othersMarkdown.length > 0 ? ' in all' : ''})`;
    },
    author: (p) => `This version of the answers is by ${p.authorMarkdown}.`,
    shareLink: (p) => `Live recommendation (answers in the link): <${p.url}>`,
    footer: (p) =>
      `Generated by Rancher Strategy Advisor; ${
        p.figures === 'measured'
          ? 'every round trip between sites is one we measured.'
          : p.figures === 'mixed'
            ? 'round trips are our measurements where marked, else estimates from typical routes between the sites.'
            : 'round trips are estimates from typical routes between the sites, not measurements.'
      }`,
    versionsCompared: {
      heading: 'Versions compared',
      intro: (p) => `We compared ${p.count} versions of this decision's answers side by side:`,
      columns: ['Version', 'Recommended', 'Hub & Spoke score', 'Regional score', 'Link'],
      openLink: (p) => `[open](<${p.url}>)`,
    },
  },
};
