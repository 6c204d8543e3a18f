import { PRIORITY_LABELS } from '../answer-limits';
import type { PlaneReason } from '../plane-kinds';
import { SOURCES, type SourceId } from '../sources';
import { STRATEGY_NAMES, type Strategy } from '../strategy';
import type { EngineMessages, InstallationSize, KindsPicture, SummaryPlane, SummaryShape } from './types';

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

/** Where a plane's three nodes go: one per availability zone in a cloud region, one location in a data centre. */
const nodePlacement = (cloud: boolean) =>
  cloud ? 'one node in each of three availability zones of the region' : 'all three nodes in one data centre location';
const NODE_PLACEMENTS = 'in a cloud region one node per availability zone, in a data centre all three in one location';
const sizeWords = (size: InstallationSize) =>
  size === 'beyond-large' ? 'beyond the documented sizes (see below)' : `"${size}" in Rancher's requirements`;

/** How many of the clusters the Authorized Cluster Endpoint reaches during an outage, as the answers give kinds. */
function kindsClause(kinds: KindsPicture): string {
  const covered = Math.round(kinds.provisioned);
  if (kinds.provisionedPercent !== null) {
    const percent = Math.round(kinds.provisionedPercent);
    if (percent >= 100) return 'we said all our clusters are Rancher-provisioned, so the endpoint covers every one';
    if (percent <= 0) {
      return "we said none of our clusters is Rancher-provisioned, so an outage leaves registered RKE2 or K3s clusters with the endpoint's manual set-up and the others with their provider's tools";
    }
    return `we said about ${percent}% of our clusters are Rancher-provisioned; the rest need their provider's tools or the endpoint's manual set-up during an outage`;
  }
  if (covered >= kinds.total)
    return 'we said all our clusters are Rancher-provisioned, so the endpoint covers every one';
  return `we said ${covered} of our ${kinds.total} clusters are Rancher-provisioned and covered by the endpoint; the other ${kinds.total - covered} need the endpoint's manual set-up (registered RKE2, K3s) or their own tools during an outage`;
}

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
        `Regional, laid out at its best for our answers, means ${plural(p.regionalPlanes, 'plane', 'planes')} (${listOf(p.planes.map((plane) => `${plane.plane} for ${plane.area}`))}) against ${plural(p.hubPlanes, 'hub', 'hubs')}.`,
      same: (p) =>
        p.regions === 1
          ? 'We run a single region, so "Regional" would be the very plane Hub & Spoke runs: nothing is gained by calling it Regional.'
          : `Every region is within ${ms(p.worstMs)} of ${p.planes === 1 ? 'the hub' : 'its hub'}, close enough that Regional, laid out at its best for our answers, adds no plane: it would be the very ${p.planes === 1 ? 'plane' : `${p.planes} planes`} Hub & Spoke runs, so nothing is gained by calling it Regional.`,
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
          ...(p.inside.length > 0
            ? [
                `the regions of ${listOf(p.inside)} are managed only from a plane inside ${p.inside.length === 1 ? 'it' : 'each'}${p.separate.length > 0 ? `, which gives ${listOf(p.separate)} planes of ${p.separate.length === 1 ? 'its' : 'their'} own` : ''}`,
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
        `Under either strategy, downstream Kubernetes keeps running its workloads when the management plane is unreachable; an outage stops provisioning and management through Rancher. Meanwhile RKE2 and K3s clusters are reached through the Authorized Cluster Endpoint if it is enabled, and hosted EKS, AKS or GKE clusters with their provider's own credentials${p.kinds === null ? '' : ` (${kindsClause(p.kinds)})`}.`,
    },
  },

  plan: {
    measureUncertain: (p) =>
      `Our round trips to ${listOf(p.regions)} are estimates on ${p.corridors.length === 1 ? 'a corridor' : 'corridors'} where networks route very differently (${listOf(p.corridors.map((corridor) => CORRIDORS[corridor]))}): measure them (ping between the sites, or the provider's latency dashboard) and enter them under Constraints, measured round trips.`,
    haHub: (p) => {
      const [only] = p.planes;
      if (p.planes.length === 1 && only) {
        return `Run the hub in ${only.plane} as a three-node HA Kubernetes cluster dedicated to Rancher, ${nodePlacement(only.cloud)}, with SSD-backed etcd, sized ${sizeWords(only.size)}.`;
      }
      return `Run each hub as a three-node HA Kubernetes cluster dedicated to Rancher (${NODE_PLACEMENTS}), with SSD-backed etcd: ${p.planes.map((plane) => `${plane.plane} for ${plane.area}, sized ${sizeWords(plane.size)}`).join('; ')}.`;
    },
    regionalPlanes: (p) =>
      `Run ${plural(p.planes.length, 'plane', 'planes')}: ${listOf(p.planes.map((plane) => `${plane.plane} for ${plane.area} (${sizeWords(plane.size)})`))}; each a three-node HA Kubernetes cluster dedicated to Rancher (${NODE_PLACEMENTS}), with SSD-backed etcd.`,
    warmStandby: (p) => {
      const [only] = p.standbys;
      if (p.standbys.length === 1 && only) {
        return `Keep a warm standby for ${only.plane} in ${only.standby}: back up Rancher with rancher-backup to object storage in ${only.standby}${only.within ? ` (inside ${only.within})` : ''}, and rehearse restoring it into a standby cluster there under the same server URL, so losing ${only.plane} costs hours, not a rebuild.`;
      }
      return `Keep a warm standby for each plane: ${listOf(p.standbys.map((standby) => `${standby.plane}'s in ${standby.standby}${standby.within ? ` (inside ${standby.within})` : ''}`))}. Back up each with rancher-backup to object storage in its standby's region and rehearse the restore there under the same server URL, so losing a plane's region costs hours, not a rebuild.`;
    },
    backupsInside: (p) =>
      p.planes
        .map((plane) =>
          plane.airGapped
            ? `${plane.plane} has no second site inside its air gap: back up its plane with rancher-backup to storage inside the air gap (a second rack, or media kept on site) and rehearse rebuilding the plane from it.`
            : plane.within
              ? `No second site inside ${plane.within} is within reach of ${plane.plane}: back up with rancher-backup to object storage inside ${plane.within} and rehearse restoring onto a rebuilt cluster; a second site there would allow a warm standby.`
              : `No second region within our tolerance of ${plane.plane} can take a warm standby: back up with rancher-backup to object storage in another region and rehearse restoring onto a rebuilt cluster.`,
        )
        .join(' '),
    jurisdictionHubs: (p) =>
      `Keep management inside each jurisdiction: ${listOf(p.jurisdictions.map((jurisdiction) => `the regions of ${jurisdiction.name} are managed from ${listOf(jurisdiction.planes)}`))}. Rancher holds their clusters' credentials and proxies kubectl, so users, audit logs and that traffic stay inside.`,
    pinnedOutsideJurisdiction: (p) =>
      `We pinned the hub to ${p.pinned}, outside ${listOf(p.jurisdictions)}, whose regions must be managed from inside: the hub runs in ${p.hub} instead. Move the pin inside, or add ${p.pinned} to the jurisdiction's allowed locations if it is allowed after all.`,
    jurisdictionNeedsSite: (p) =>
      `No place known inside ${p.jurisdiction} may host its plane (its regions are edge locations or on intermittent links, and no cloud region of the catalog lies in its allowed locations): run its plane in a data centre or cloud region inside ${p.jurisdiction} and name it in the jurisdiction's allowed locations.`,
    airGapPlanes: (p) =>
      `Run a plane inside the air gap at ${listOf(p.sites)}, installed from a private registry (Rancher's air-gapped installation); no plane outside can reach it.`,
    beyondDocumented: (p) =>
      `The plane in ${p.plane} manages ${plural(p.clusters, 'cluster', 'clusters')} and ${plural(p.nodes, 'node', 'nodes')}${p.clustersInTwoYears === null ? '' : ` (about ${p.clustersInTwoYears} clusters in two years)`}, beyond Rancher's largest documented size (500 clusters, 5,000 nodes): run ${p.installations} installations side by side there, or one beyond the documented sizes with SUSE's hardware guidance and tuning.`,
    headroom: (p) => {
      const growth =
        p.clustersInTwoYears === null
          ? ''
          : `We expect ${plural(p.clustersInTwoYears, 'cluster', 'clusters')} in two years, so each plane is sized for its share of them. `;
      const planes = p.planes.map((plane) =>
        plane.plannedSize === 'beyond-large'
          ? `The plane in ${plane.plane} will manage ${plural(plane.clusters, 'cluster', 'clusters')} and ${plural(plane.nodes, 'node', 'nodes')}, ${plane.percent}% of the "large" size, the largest documented: plan its split (a second installation, or a regional plane) before it passes 500 clusters or 5,000 nodes.`
          : `The plane in ${plane.plane} will manage ${plural(plane.clusters, 'cluster', 'clusters')} and ${plural(plane.nodes, 'node', 'nodes')}, ${plane.percent}% of Rancher's "${plane.size}" size: install it "${plane.plannedSize}" to keep room to grow.`,
      );
      return `${growth}${planes.join(' ')}${planes.length === 0 ? 'Every plane stays within 80% of its documented size.' : ''}`.trim();
    },
    understaffed: (p) =>
      `${plural(p.installations, 'installation', 'installations')} for ${plural(p.engineers, 'engineer', 'engineers')}: their routine work (upgrades several times a year, tested restores, certificates, monitoring) takes about ${plural(p.neededEngineers, "engineer's", "engineers'")} time, more than half of the team${p.engineers < 2 ? ', and no one covers for an absence' : ''}. Add people, automate the routine (upgrades from Git, scheduled restores into the staging Rancher), or run fewer installations.`,
    authorizedEndpoint: (p) => {
      const one = p.clusters === 1;
      const where = `The ${plural(p.clusters, 'cluster', 'clusters')} in ${listOf(p.regions)} ${one ? 'sits' : 'sit'} up to ${ms(p.worstMs)} from ${one ? 'its' : 'their'} plane, beyond our ${ms(p.toleranceMs)} tolerance`;
      const them = one ? 'it' : 'them';
      const k = p.kinds;
      if (k === null) {
        return `${where}: enable the Authorized Cluster Endpoint so kubectl goes straight to each cluster. It exists for RKE2 and K3s clusters Rancher provisions (off by default on RKE2) and, with manual steps, for registered RKE2 and K3s clusters; hosted EKS, AKS or GKE clusters are reached with their provider's own kubeconfig instead.`;
      }
      if (k.provisionedPercent !== null) {
        const percent = Math.round(k.provisionedPercent);
        if (percent >= 100) {
          return `${where}: enable the Authorized Cluster Endpoint on ${them} so kubectl goes straight to each cluster (we said 100% of our clusters are Rancher-provisioned; it is off by default on RKE2).`;
        }
        if (percent <= 0) {
          return `${where}, and we said 0% of our clusters are Rancher-provisioned: the Authorized Cluster Endpoint needs its manual steps on registered RKE2 and K3s clusters, and the others are reached with their own kubeconfig.`;
        }
        return `${where}: enable the Authorized Cluster Endpoint on the Rancher-provisioned ones (we said about ${percent}% of our clusters are; it is off by default on RKE2); the others, imported or hosted, need its manual steps (registered RKE2, K3s) or their own kubeconfig.`;
      }
      const count = (value: number) => Math.round(value);
      if (count(k.provisioned) >= p.clusters) {
        return `${where}: enable the Authorized Cluster Endpoint on ${them} (Rancher-provisioned; it is off by default on RKE2), so kubectl goes straight to each cluster.`;
      }
      const parts = [
        ...(count(k.provisioned) > 0
          ? [
              `enable the Authorized Cluster Endpoint on the ${plural(count(k.provisioned), 'Rancher-provisioned one', 'Rancher-provisioned ones')} (off by default on RKE2)`,
            ]
          : []),
        ...(count(k.imported) > 0
          ? [
              `the ${plural(count(k.imported), 'imported one gets', 'imported ones get')} it only if RKE2 or K3s, with its manual steps (others keep their own kubeconfig)`,
            ]
          : []),
        ...(count(k.hosted) > 0
          ? [
              `the ${plural(count(k.hosted), 'hosted one', 'hosted ones')} (EKS, AKS, GKE) ${count(k.hosted) === 1 ? 'is' : 'are'} reached with the provider's own kubeconfig`,
            ]
          : []),
        ...(count(k.notProvisioned) > 0
          ? [
              `the other ${plural(count(k.notProvisioned), 'one', 'ones')}, imported or hosted, need its manual steps (registered RKE2, K3s) or their own kubeconfig`,
            ]
          : []),
        ...(count(k.unknown) > 0
          ? [
              `the ${plural(count(k.unknown), 'one', 'ones')} whose kind we did not give: the endpoint if Rancher provisions them, their own kubeconfig otherwise`,
            ]
          : []),
      ];
      return `${where}: ${parts.join('; ')}.`;
    },
    hostedKubeconfig: (p) =>
      `The ${plural(p.clusters, 'cluster', 'clusters')} in ${listOf(p.regions)} ${p.clusters === 1 ? 'sits' : 'sit'} up to ${ms(p.worstMs)} from ${p.clusters === 1 ? 'its' : 'their'} plane, beyond our ${ms(p.toleranceMs)} tolerance, and ${p.clusters === 1 ? 'is' : 'are'} hosted (EKS, AKS, GKE): the Authorized Cluster Endpoint does not exist for them, so people reach them with their provider's own kubeconfig while Rancher keeps managing them from afar.`,
    pinnedHub: (p) => {
      const sentences: string[] = [];
      if (p.best !== null) {
        const costs = p.costs.map(
          (cost, index) =>
            `${ms(cost.addedMs)} ${index === 0 ? 'to each round trip of' : 'for'} the ${plural(cost.clusters, 'cluster', 'clusters')} in ${cost.region}`,
        );
        if (p.more) {
          costs.push(
            `up to ${ms(p.more.upToMs)} for ${plural(p.more.clusters, 'cluster', 'clusters')} in ${plural(p.more.regions, 'other region', 'other regions')}`,
          );
        }
        sentences.push(
          `We pinned the hub to ${p.pinned}: its round trip averages ${ms(p.meanMs)} over the clusters it manages (the worst ${ms(p.worstMs)}), against ${ms(p.bestMeanMs)} (the worst ${ms(p.bestWorstMs)}) from ${p.best}, where it would sit otherwise.`,
        );
        if (costs.length > 0) sentences.push(`The pin adds ${listOf(costs)}.`);
      }
      const subject = p.best === null ? `We pinned the hub to ${p.pinned}, which` : 'It';
      const [only] = p.outside;
      if (p.outside.length === 1 && only) {
        sentences.push(
          `${subject} lies outside ${only.jurisdiction}, so ${listOf(only.planes)} inside it ${only.planes.length === 1 ? 'manages' : 'manage'} its regions and the pinned hub manages the rest.`,
        );
      } else if (p.outside.length > 1) {
        const managed = p.outside.map((outside) => `${listOf(outside.planes)} for ${outside.jurisdiction}`);
        sentences.push(
          `${subject} lies outside ${listOf(p.outside.map((outside) => outside.jurisdiction))}, whose regions are managed from inside (${listOf(managed)}), and the pinned hub manages the rest.`,
        );
      }
      return sentences.join(' ');
    },
    siteToChoose: (p) => `a data centre near ${p.near}`,
    planeOutsideAnswers: (p) =>
      `None of ${listOf(p.regions)} may host a plane (edge locations or intermittent links): run it in ${p.plane}, the nearest cloud region allowed, or in a data centre of ours near it.`,
    intermittent: (p) =>
      `${listOf(p.sites)} ${p.sites.length === 1 ? 'has' : 'have'} intermittent links (${plural(p.clusters, 'cluster', 'clusters')}): deploy to them with Fleet, whose agents pull and resume when they reconnect. Every agent that reconnects costs the Rancher server work, and agents are upgraded with the server, so stagger upgrades and remove clusters that are gone for good (Rancher 2.7 saturated its queues with about 50 disconnected clusters, fixed in rancher/rancher pull request 43582).`,
    fleetHub: (p) =>
      `Deploy apps to the ${plural(p.regions, 'region', 'regions')} with Fleet from ${p.hubs === 1 ? 'the hub' : 'each hub'}, not the deprecated multi-cluster apps: one GitRepo per repository${p.hubs === 1 ? '' : ' on each hub'}, with targets that select clusters by label or cluster group, so one commit reaches every region.`,
    fleetSharedGit: (p) =>
      `Deploy apps with Fleet, not the deprecated multi-cluster apps: give each of the ${plural(p.planes, 'installation', 'installations')} a GitRepo for the same repositories, with targets that select each region's clusters by label, so one commit reaches every region.`,
    stagingRancher: (p) => {
      const hub = p.strategy === 'hub-and-spoke';
      if (!hub && p.planes > 1) {
        return `Run a staging Rancher that mirrors the planes (same version and configuration, a few test clusters), which Rancher's "Tips for Running Rancher" strongly recommends, and rehearse each upgrade and restore on it before the first plane.`;
      }
      const mirrored = p.planes > 1 ? 'the hubs' : hub ? 'the hub' : 'the plane';
      const safely = p.planes > 1 ? 'the hubs still upgrade safely' : 'one installation still upgrades safely';
      return `Run a staging Rancher that mirrors ${mirrored} (same version and configuration, a few test clusters), which Rancher's "Tips for Running Rancher" strongly recommends, and rehearse every upgrade and restore on it first${p.mustHave ? `: with upgrades on our own schedule a must, this is how ${safely}` : ''}.`;
    },
    stagedUpgrades: (p) =>
      `Upgrade Rancher on the smallest plane (${p.first}) first, and the others once it has run the release for a while.`,
    crossBorder: (p) =>
      `${listOf(p.regions)} ${p.regions.length === 1 ? 'is' : 'are'} in mainland China but managed from outside it: cross-border links are filtered, lossy and regulated, so keep a plane inside mainland China unless this has been checked.`,
    chinaOperations: (p) =>
      `For the ${p.planes.length === 1 ? 'plane' : 'planes'} in ${listOf(p.planes)}, inside mainland China: run its cloud resources from accounts of the China partitions (AWS China in Beijing and Ningxia, Azure operated by 21Vianet and Alibaba Cloud's China regions need accounts and credentials of their own; global ones do not work there), pull Rancher's and the clusters' images from a registry reachable inside mainland China (point Rancher's system-default-registry at it), and file an ICP recordal before the Rancher UI answers on a public domain.`,
  },

  areas: {
    zones: {
      'north-america': 'North America',
      'south-america': 'South America',
      europe: 'Europe',
      'north-africa': 'North Africa',
      'middle-east': 'the Middle East',
      africa: 'Africa',
      'south-asia': 'South Asia',
      'southeast-asia': 'Southeast Asia',
      'east-asia': 'East Asia',
      'mainland-china': 'mainland China',
      oceania: 'Oceania',
    },
    macros: { americas: 'the Americas', emea: 'Europe, the Middle East and Africa', apac: 'Asia Pacific' },
    part: (p) => {
      if (p.zone === 'north-america' && p.part === 'west') return "North America's west coast";
      const adjective = p.part === 'central' ? 'central' : `${p.part}ern`;
      return p.area.startsWith('the ') ? `the ${adjective} ${p.area.slice(4)}` : `${adjective} ${p.area}`;
    },
    rest: 'the rest of the estate',
    estate: 'the whole estate',
    // A name may come with its article ("the EU") or without ("European Union", "Germany"): one without reads as
    // the name of "the jurisdiction", which is right whether or not the name would take an article of its own.
    jurisdiction: (name) => (/^the\s/i.test(name) ? name : `the jurisdiction ${name}`),
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
      `Regional, laid out as an architect would for our answers (a plane per continent-scale area, or the hub with planes for the areas beyond its reach; planes per geography of about ${p.groupMaxRttMs} ms only where the tolerance or Rancher's sizes ask for them):`,
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
