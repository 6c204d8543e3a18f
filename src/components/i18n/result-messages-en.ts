// Imported only by the result's lazily loaded modules (through use-result-messages.ts), so it stays out of the
// first bundle.
import type { ResultMessages } from './result-types';

// Two number styles, so every English text stays as it was: grouped ("1,234") where the UI always grouped digits
// (counts of clusters, the map's round trips), plain ("2000") where it printed the bare number.
const number = new Intl.NumberFormat('en');
const plain = new Intl.NumberFormat('en', { useGrouping: false });
const oneDecimal = new Intl.NumberFormat('en', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const upToOneDecimal = new Intl.NumberFormat('en', { maximumFractionDigits: 1 });

const plural = (count: number, one: string, many: string) => `${number.format(count)} ${count === 1 ? one : many}`;
const ms = (value: number) => `${plain.format(value)} ms`;
const groupedMs = (value: number) => `${number.format(value)} ms`;

/** "a", "a and b", "a, b and c" (no serial comma, unlike Intl.ListFormat's English). */
function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

export const resultEn: ResultMessages = {
  locale: 'en',
  verdict: {
    announcement: (strategyName, confidence) =>
      `Recommended strategy: ${strategyName}, ${confidence === 'close-call' ? 'a close call' : `${confidence} fit`}.`,
    notUpdatedYet: 'Not updated yet.',
    lastValid: 'This is the result for your last valid answers.',
    problemAt: (place, message) => `${place}: ${message}`,
    moreToCorrect: (count) => ` (and ${plain.format(count)} more to correct)`,
    eyebrow: 'Recommended strategy',
    headingPrefix: 'Recommended strategy:',
    pointsApart: (points) => `scores ${oneDecimal.format(points)} apart`,
    recommendedMark: '(recommended)',
    score: (score) => oneDecimal.format(score),
    scale: ' / 100',
    barRecommended: 'Recommended · ',
    barNotUpdated: 'Not updated · ',
    barScores: (winner, other) => `${oneDecimal.format(winner)} to ${oneDecimal.format(other)}`,
    seeWhy: 'See why',
  },
  charts: {
    showChart: 'Show chart',
    showTable: 'Show table',
    forChart: (title) => `for “${title}”`,
    chartError: 'The chart could not be drawn. “Show table” has the same figures.',
    legend: 'Legend',
    factorTitle: 'Why: what each factor adds',
    factorCaption:
      'Factor points each factor adds to a strategy’s case: Hub & Spoke to the left, Regional to the right. A strategy’s score (0–100) is its share of all factor points.',
    factorCaptionEmpty: 'No factor weighs for either strategy with these answers.',
    factorLegendHub: '← Hub & Spoke (solid)',
    factorLegendRegional: 'Regional (hatched) →',
    factorTableCaption: 'Factor points each factor adds to each strategy',
    factorColumn: 'Factor',
    points: (points) => `+${plain.format(points)}`,
    noPoints: '–',
    factorShortLabels: {
      'same-planes': 'Same planes either way',
      'hard-constraints': 'Hard constraints',
      'single-pane': 'One interface',
      'multi-cluster-apps': 'Multi-region apps',
      'cross-region-environments': 'Cross-region environments',
      latency: 'Latency to clusters',
      'browser-latency': 'Browser latency',
      'fault-isolation': 'Fault isolation',
      'independent-upgrades': 'Upgrades by region',
      'operating-load': 'Operating load',
      'scale-ceiling': 'Scale per installation',
      'workloads-keep-running': 'Workloads keep running',
    },
    factorAxisTitle: 'Factor points added to one strategy',
    factorBarHint: 'Click the bar to read this reason and its source.',
    latencyTitle: 'Round trips, both strategies',
    latencyCaption: (hubs, toleranceMs) =>
      hubs.length === 1
        ? `Round trip to each region from the central hub in ${hubs[0]} (Hub & Spoke) and from the regional plane that serves it (Regional), against your ${ms(toleranceMs)} tolerance.`
        : `Round trip to each region from the hub that manages it (Hub & Spoke: ${hubs.join('; ')}) and from the regional plane that serves it (Regional), against your ${ms(toleranceMs)} tolerance.`,
    hubServing: (hub, serves) => `${hub} for ${serves}`,
    hubInAirGap: (hub) => `${hub} inside its air gap`,
    hubForTheRest: (hub) => `${hub} for the rest`,
    latencyEstimated: 'Estimates from typical routes, not measurements.',
    latencyMeasured: 'Outlined bars are your measurements; the others are estimated from typical routes.',
    latencyRedrawOnPause: 'The chart is redrawn when you pause typing; the table is up to date.',
    latencyLegendHub: (hubs) => (hubs === 1 ? 'From the central hub (solid)' : 'From the hub that manages it (solid)'),
    latencyLegendRegional: 'From its regional plane (hatched)',
    latencyLegendLine: 'Your tolerance',
    latencyLegendMeasured: 'Measured (outlined)',
    latencyAxisTitle: 'Round trip, ms',
    latencyTableCaption: (hubs, toleranceMs) =>
      `Round trip ${hubs.length === 1 ? `from the hub in ${hubs[0]}` : `from the hub that manages each region (${hubs.join('; ')})`} (Hub & Spoke) and from each region’s own regional plane (Regional), against your ${ms(toleranceMs)} tolerance`,
    regionColumn: 'Region',
    hubPlaneColumn: 'Its hub (Hub & Spoke)',
    regionalPlaneColumn: 'Its regional plane (Regional)',
    rttColumn: 'Round trip',
    rttCell: (rttMs, within, measured) =>
      `${ms(Math.round(rttMs))}${measured ? ', measured' : ''}${within ? '' : ', beyond your tolerance'}`,
    ownSite: () => 'its own site',
    ms,
    barRtt: (rttMs, at, measured, from) =>
      `${ms(Math.round(rttMs))}${at ? ` · ${at}` : from ? ` · from ${from}` : ''}${measured ? ' · measured' : ''}`,
    toleranceLine: (toleranceMs) => `Your tolerance: ${ms(toleranceMs)}`,
    axisPoints: (points) => plain.format(Math.abs(points)),
    sensitivityTitle: 'How the answer moves',
    sensitivityCaption:
      'Both scores as one answer changes and every other answer stays as it is. The solid vertical line is your answer; the dotted one is where the recommendation flips.',
    sensitivityHeadings: {
      latencyToleranceMs: 'As the latency tolerance changes',
      opsEngineers: 'As the number of operations engineers changes',
    },
    sensitivityAxes: {
      latencyToleranceMs: 'Latency tolerance, ms',
      opsEngineers: 'Operations engineers, full-time',
    },
    sensitivityValues: {
      latencyToleranceMs: (value) => ms(value),
      opsEngineers: (value) => upToOneDecimal.format(value),
    },
    scoreAxisTitle: 'Score points',
    currentMark: (value) => `You: ${value}`,
    flipMark: (value, strategyName) => `${strategyName} from ${value}`,
    noFlipMark: 'No value flips it',
    legendHubScore: 'Hub & Spoke score (solid line)',
    legendRegionalScore: 'Regional score (dashed line)',
    legendCurrent: 'Your answer',
    legendFlip: 'Where the recommendation flips',
    sensitivityTableCaption: (heading) => `Both scores ${heading.charAt(0).toLowerCase()}${heading.slice(1)}`,
    winnerColumn: 'Recommended',
    currentSuffix: ' (your answer)',
    flipSuffix: ' (flips here)',
    score: (score) => oneDecimal.format(score),
  },
  factors: {
    heading: 'The reasons, with their sources',
    lede: 'Heaviest first. Each rests on a sentence from Rancher’s documentation.',
    pointsFor: (points, strategyName) => `+${upToOneDecimal.format(points)} factor points for ${strategyName}`,
    neutralSummary: (count) =>
      `${plain.format(count)} ${count === 1 ? 'factor weighs' : 'factors weigh'} neither way for these answers`,
    opensInNewTab: '(opens in a new tab)',
  },
  flips: {
    working: 'Working out what would change it…',
    failedTitle: 'What would change it could not be worked out',
    failed:
      'The recommendation above stands; only this analysis is missing. Change an answer to try again. If this keeps happening, please report it with this message:',
    heading: 'What would change it',
    lede: (other) => `The nearest value of each answer, all others kept, at which ${other} would win.`,
    answers: {
      latencyToleranceMs: 'Latency tolerance',
      opsEngineers: 'Operations engineers',
      crossRegionEnvironments: 'Environments across regions',
      'priorities.singlePane': 'One interface',
      'priorities.multiClusterApps': 'One app to many regions',
      'priorities.faultIsolation': 'Fault isolation',
      'priorities.independentUpgrades': 'Region-by-region upgrades',
    },
    nowMs: (value) => `now ${ms(value)}`,
    nowYesNo: (value) => (value ? 'now yes' : 'now no'),
    now: (value) => `now ${typeof value === 'number' ? plain.format(value) : value}`,
    robust: 'No single answer changes this recommendation: it holds across the whole range of each answer.',
    doesNotChange: 'Does not change it:',
    unchangedList: (items) => `${items.join(', ')}.`,
  },
  consequences: {
    heading: 'What each strategy means for you',
    consequence: 'Consequence',
    recommended: 'Recommended',
    installations: 'Rancher installations',
    nodes: 'Management nodes',
    nodesNote: 'three-node HA per installation',
    largest: 'Largest installation',
    largestNote: 'against Rancher’s documented sizes',
    outage: 'Clusters losing provisioning in one outage',
    outageNote: 'workloads keep running',
    count: (value) => number.format(value),
    clusters: (count) => plural(count, 'cluster', 'clusters'),
    beyondLargest: (maxClusters) => `beyond Rancher’s largest documented size (${plain.format(maxClusters)} clusters)`,
    documentedSize: (size, maxClusters) => `Rancher’s ${size} size, up to ${plain.format(maxClusters)} clusters`,
  },
  plan: {
    heading: 'Where the management planes would sit',
    recommended: 'Recommended',
    hubTitle: (strategyName) => `${strategyName}: one central plane`,
    hubManagingBefore: 'In',
    hubManagingAfter: (clusters) => `, managing all ${plural(clusters, 'cluster', 'clusters')}.`,
    farthest: (region, rttMs) => ` Farthest region: ${region}, about ${ms(rttMs)} round trip.`,
    regionalTitle: (strategyName, planes) => `${strategyName}: ${plural(planes, 'plane', 'planes')}`,
    planeIn: (region) => `Plane in ${region}`,
    aside: (text) => ` (${text})`,
    servesOwn: 'serves its own region',
    serves: (regions) => `serves ${regions.join(', ')}`,
    clusters: (count) => plural(count, 'cluster', 'clusters'),
    worstRtt: (rttMs) => ` · worst round trip ${ms(rttMs)}`,
    splitOver: (installations) => ` · split over ${plain.format(installations)} installations`,
    note: (maxRttMs) =>
      `Regional is drawn as an architect would for these answers: a plane per continent-scale area (the Americas, Europe, Asia Pacific) or the hub with planes for the areas beyond its reach, and planes per geography (regions within about ${ms(maxRttMs)} of one another) only where the tolerance or Rancher's sizes ask for them.`,
    hubsTitle: (strategyName, hubs) =>
      `${strategyName}: ${plural(hubs, 'hub', 'hubs')}, as hard constraints keep regions apart`,
    insideJurisdiction: (jurisdiction) => `inside ${jurisdiction}`,
    insideAirGap: 'inside the air gap',
    forTheRest: 'for the rest of the estate',
    forArea: (area) => `for ${area}`,
    standby: (site) => ` · warm standby in ${site}`,
    mainlandChina: 'mainland China',
  },
  runPlan: {
    heading: (strategyName) => `How to run ${strategyName} here`,
    lede: 'What an experienced Rancher architect would brief for these answers, each step with the page it rests on.',
    sources: (count) => (count === 1 ? 'Source' : `${plain.format(count)} sources`),
  },
  map: {
    title: 'Map of the planes and the regions they manage',
    lede: 'Regions sized by clusters. Hub & Spoke draws each region’s line to the hub that manages it, coloured by round trip against your tolerance; Regional shows which regions share a plane.',
    loading: 'Loading map…',
    viewLegend: 'Map view',
    recommendedMark: '(recommended)',
    mapName: (strategyName) => `World map of the ${strategyName} topology`,
    coastlinesFailed: 'The coastlines could not be loaded; the regions are still placed by their coordinates.',
    asText: 'Map as text',
    legend: 'Legend',
    legendHub: (hubs) =>
      hubs === 1 ? 'Hub: the one management plane' : 'Hub: a central management plane (each manages its own regions)',
    legendPlane: 'Regional management plane',
    legendUpTo: (nearFromMs, rating) => `up to ${ms(nearFromMs)}: ${rating}`,
    legendNear: (nearFromMs, toleranceMs, rating) => `${plain.format(nearFromMs)} to ${ms(toleranceMs)}: ${rating}`,
    legendOver: (toleranceMs, rating) => `over ${ms(toleranceMs)}: ${rating}`,
    legendGroup: (groupNumber, plane, regions) =>
      `Group ${groupNumber}: plane in ${plane}${regions > 1 ? `, ${plural(regions, 'region', 'regions')}` : ''}`,
    legendMoreGroups: (count) => `and ${plural(count, 'more group', 'more groups')} (colours repeat)`,
    legendDotArea: 'Dot area: clusters in the region',
    hubLabel: 'Hub',
    hubLabelNamed: (name) => `Hub: ${name}`,
    ratings: { ok: 'within tolerance', near: 'near the tolerance limit', over: 'beyond tolerance' },
    ms: groupedMs,
    clusters: (count) => plural(count, 'cluster', 'clusters'),
    tooltipHub: (serves) => (serves ? `Hub ${serves}` : 'Hub: the central management plane'),
    tooltipFromHub: (rtt, hub) => `${rtt} round trip from ${hub ? `its hub in ${hub}` : 'the hub'}`,
    tooltipRating: (rating, toleranceMs) => `${rating} (${groupedMs(toleranceMs)})`,
    tooltipGroupPlane: (groupNumber) => `Group ${groupNumber}: its management plane`,
    tooltipToPlane: (groupNumber, rtt, plane) => `Group ${groupNumber}: ${rtt} round trip to its plane in ${plane}`,
    pointHub: (name, clusters) => `${name}: the hub, ${clusters}`,
    pointSpoke: (name, clusters, rtt, rating, hub) =>
      `${name}: ${clusters}, ${rtt} from ${hub ? `its hub in ${hub}` : 'the hub'}, ${rating}`,
    pointPlane: (name, clusters, groupNumber) => `${name}: ${clusters}, management plane of group ${groupNumber}`,
    pointMember: (name, clusters, groupNumber, rtt, plane) =>
      `${name}: ${clusters}, group ${groupNumber}, ${rtt} from its plane in ${plane}`,
    hubOpening: (strategyName, hub, clusters) =>
      `${strategyName}: the hub is in ${hub}${clusters === null ? '' : `, with ${clusters}`}.`,
    onlyRegion: 'It is the only region, so there are no spokes.',
    spoke: (region, clusters, rtt, rating) => `${region}${clusters === null ? '' : ` (${clusters})`} ${rtt}, ${rating}`,
    spokesIntro: (regions, toleranceMs, spokes, hub) =>
      `Round trips from ${hub ? `the hub in ${hub} to its other` : 'the hub to the other'} ${plural(regions, 'region', 'regions')}, against your ${groupedMs(toleranceMs)} tolerance: ${spokes.join('; ')}.`,
    hubsOpening: (strategyName, hubs) =>
      `${strategyName}: ${plural(hubs.length, 'hub', 'hubs')}, each managing its own regions: ${hubs.join('; ')}.`,
    verdictOver: (count, toleranceMs) =>
      `${plural(count, 'region is', 'regions are')} beyond your ${groupedMs(toleranceMs)} tolerance.`,
    verdictNear: (count, toleranceMs) =>
      `Every region is within your ${groupedMs(toleranceMs)} tolerance; ${plural(count, 'is', 'are')} close to it.`,
    verdictWellWithin: (toleranceMs) => `Every region is well within your ${groupedMs(toleranceMs)} tolerance.`,
    regionalSingle: (strategyName, plane) => `${strategyName}: one management plane, in ${plane}.`,
    regionalEach: (strategyName, count, planes) =>
      `${strategyName}: a management plane in each of the ${plain.format(count)} regions, as no two lie close enough to share one: ${listInWords(planes)}.`,
    regionalOpening: (strategyName, count) =>
      `${strategyName}: ${count === 1 ? 'one management plane' : `${plain.format(count)} regional management planes`}.`,
    planeWithClusters: (plane, clusters) => `${plane} (${clusters})`,
    groupOwn: (groupNumber, plane, clusters) =>
      `Group ${groupNumber}: plane in ${plane}, serving its own region (${clusters})`,
    member: (region, rtt) => `${region} at ${rtt}`,
    groupServing: (groupNumber, plane, members, clusters) =>
      `Group ${groupNumber}: plane in ${plane}, also serving ${listInWords(members)} (${clusters} in all)`,
    groups: (sentences) => `${sentences.join('. ')}.`,
    paragraph: (sentences) => sentences.join(' '),
  },
  answersSummary: {
    title: 'The answers this recommendation is based on',
    regionsCaption: (regions, clusters) =>
      `${plural(regions, 'region', 'regions')} with ${plural(clusters, 'cluster', 'clusters')}`,
    regionColumn: 'Region',
    clustersColumn: 'Clusters',
    toleranceValue: (ms) => `${number.format(ms)} ms`,
    engineersValue: (count) => plural(count, 'full-time equivalent', 'full-time equivalents'),
    customSite: (lat, lon) => `own site at ${lat}, ${lon}`,
    siteKinds: { cloud: 'cloud region', datacenter: 'data centre', edge: 'edge location' },
    connectivities: { connected: 'always connected', intermittent: 'intermittent link', 'air-gapped': 'air-gapped' },
    nodes: (count) => plural(count, 'node', 'nodes'),
    inJurisdiction: (name) => `in ${name}`,
    regionDetails: (details) => ` (${details.join('; ')})`,
    mainlandChinaByDefault: 'in mainland China (management kept inside by default)',
    nodesPerCluster: 'Nodes per cluster, on average',
    nodesPerClusterValue: (count) => number.format(count),
    provisioned: 'Clusters Rancher provisions',
    provisionedValue: (percent) => `${number.format(percent)}%`,
    jurisdiction: (name) => `Jurisdiction: ${name}`,
    jurisdictionValue: (rule, allowed) =>
      `${{ crossing: 'may be managed from outside', inside: 'managed only from inside', 'both-ways': 'managed only from inside; its planes manage nothing outside' }[rule]}${allowed.length > 0 ? `; planes only in ${allowed.join(', ')}` : ''}`,
    hubPinned: 'Hub pinned to',
    measured: (from, to) => `Measured round trip, ${from} – ${to}`,
    measuredValue: (value) => `${number.format(value)} ms`,
    decisionTitle: 'Decision title',
    status: 'Status',
    statuses: {
      proposed: 'proposed',
      accepted: 'accepted',
      rejected: 'rejected',
      deprecated: 'deprecated',
      superseded: 'superseded',
    },
    date: 'Date',
    decisionMakers: 'Decision makers',
    consulted: 'Consulted',
    informed: 'Informed',
    author: 'This version by',
    names: (names) => names.join(', '),
  },
  share: {
    title: 'Share and export',
    lede: 'The link holds your answers (in the part after #, which never reaches a server), so it reopens this recommendation exactly.',
    copyLink: 'Copy link',
    copyRecord: 'Copy decision record',
    downloadRecord: 'Download decision record (.md)',
    print: 'Print or save as PDF',
    downloadAnswers: 'Download answers (.json)',
    openAnswers: 'Open answers file…',
    fileInput: 'Answers file to open',
    dropHint: 'or drop a .json file anywhere on the page',
    link: 'Link',
    record: 'Decision record',
    copied: (what) => `${what} copied to the clipboard.`,
    copyManually: (what) =>
      `This browser does not allow copying here: the ${what.toLowerCase()} is selected below; press Ctrl+C (⌘C on a Mac).`,
    toCopy: (what) => `${what} to copy`,
    opened: (fileName) => `Opened ${fileName}.`,
    recordDownloaded: (fileName) => `Decision record downloaded as ${fileName}.`,
    answersDownloaded: (fileName) => `Answers downloaded as ${fileName}.`,
    printLink: 'Live recommendation (the answers are in the link):',
    barLabel: 'Link and exports',
    printShort: 'Print / PDF',
    moreExports: 'More exports',
    closeManual: 'Close',
    barPointer:
      'Copy the link, the decision record or the answers, or print, from the bar at the top of the recommendation.',
    saveAnswers: 'Save answers file (.json)',
  },
};
