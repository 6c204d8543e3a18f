import type { ConstraintsMessages } from './types';

const number = new Intl.NumberFormat('en', { useGrouping: false });
const plural = (count: number, one: string, many: string) => `${number.format(count)} ${count === 1 ? one : many}`;

export const constraintsEn: ConstraintsMessages = {
  locale: 'en',
  lede: 'Leave these as they are unless they hold for your estate: each one left empty keeps its default.',
  sitesHeading: 'Your regions and sites',
  sitesHelp:
    'An edge location (stores, factories, vessels) never hosts a management plane. An air-gapped site needs a plane inside the air gap.',
  siteKindLabel: 'Kind of site',
  connectivityLabel: 'Connectivity',
  connectivities: { connected: 'Always connected', intermittent: 'Intermittent', 'air-gapped': 'Air-gapped' },
  byDefault: (choice) => `${choice} (default)`,
  nodesLabel: 'Nodes',
  nodesAssumed: (nodes) => `${number.format(nodes)} assumed`,
  jurisdictionLabel: 'Jurisdiction',
  noJurisdiction: 'None',
  undeclaredJurisdiction: (id) => `${id} (not declared)`,
  inferredChina: 'Mainland China (inferred)',
  inferredChinaHelp:
    "Inferred from the region: it is in mainland China, so mainland China's rule applies. Its clusters are managed only by a plane inside mainland China, which manages nothing outside. Choose a jurisdiction to name it yourself.",
  mainlandChina: 'Mainland China',
  clusterKindsLegend: 'Clusters by kind',
  clusterKindsHelp:
    "Clusters by kind (optional, per region): how many Rancher provisions, imports, or a cloud hosts. A distant plane's kubectl reaches provisioned RKE2/K3s clusters through the Authorized Cluster Endpoint; hosted EKS/AKS/GKE clusters use their own kubeconfig. Clusters left uncounted follow the estate-wide share below.",
  clusterKinds: {
    provisioned: 'Provisioned (RKE2/K3s)',
    imported: 'Imported',
    hosted: 'Hosted (EKS, AKS, GKE)',
  },
  clusterKindsCounted: (counted, clusters) =>
    counted === clusters
      ? `Counts all ${plural(clusters, 'cluster', 'clusters')} of the region.`
      : `Counts ${number.format(counted)} of ${plural(clusters, 'cluster', 'clusters')}; ${clusters - counted === 1 ? 'the other one follows' : `the other ${number.format(clusters - counted)} follow`} the estate-wide share.`,
  clusterKindsExceed: (counted, clusters) =>
    `These count ${plural(counted, 'cluster', 'clusters')}, more than the region's ${number.format(clusters)}: lower a count, or raise the region's clusters under "Your regions".`,
  estateHeading: 'Clusters and nodes',
  nodesPerClusterLabel: 'Nodes per cluster, on average',
  nodesPerClusterHelp: (defaultNodes) =>
    `Used for each region without its own node count. Empty: ${number.format(defaultNodes)}, Rancher's own ratio (1,500 nodes for 150 clusters).`,
  nodesUnit: 'nodes',
  provisionedLabel: 'Clusters Rancher provisions',
  provisionedHelp:
    'The share Rancher creates (RKE2/K3s); the rest are imported or hosted. Regions with clusters by kind use theirs. Empty: not said.',
  clustersInTwoYearsLabel: 'Clusters in two years',
  clustersInTwoYearsHelp: (today) =>
    `All the clusters you expect across your regions in two years: each plane is sized for its share, so the size you install still fits then. Empty: today's ${number.format(today)}.`,
  clustersInTwoYearsBelowToday: (today) =>
    `Fewer than today's ${number.format(today)}: planes are sized for today's estate.`,
  clustersUnit: 'clusters',
  jurisdictionsHeading: 'Jurisdictions',
  jurisdictionsHelp:
    'Where management data (cluster credentials, users, audit logs, kubectl traffic) must stay, such as the EU or mainland China. Mark regions with a jurisdiction above.',
  jurisdictionLegend: (position) => `Jurisdiction ${number.format(position)}`,
  jurisdictionIdLabel: 'Short id',
  jurisdictionIdPlaceholder: 'eu',
  jurisdictionNameLabel: 'Name',
  jurisdictionNamePlaceholder: 'European Union',
  keepInsideLabel: 'Keep management inside: its regions are managed only by planes inside it',
  strictLabel: 'Two-way: its planes manage only its own regions, never regions outside it',
  strictNeedsInside: 'The two-way rule needs "Keep management inside": tick that as well, or untick this.',
  allowedLabel: 'Where its planes may run',
  allowedHelp: 'Countries, cloud regions or your own sites: a plane for its regions runs only there.',
  allowedPickerLabel: 'Add a place',
  allowedPlaceholder: 'Country, cloud region or one of your sites',
  allowedNone:
    'None chosen: its own regions and the countries they lie in (mainland China, for mainland China regions).',
  allowedFull: (max) => `${number.format(max)} places chosen, the most a jurisdiction holds.`,
  locationKinds: { country: 'Country', region: 'Cloud region', site: 'Your site' },
  locationMatches: (count) => `${plural(count, 'matching place', 'matching places')}.`,
  locationNoMatch: (query) => `No country, cloud region or site of yours matches “${query}”.`,
  addedLocation: (name) => `Added ${name}.`,
  removeLocation: (name) => `Remove ${name} from where its planes may run`,
  unknownLocation: (location, suggestion) =>
    `“${location}” is not a country code, a cloud region or one of your sites: remove it${suggestion === null ? '' : ` (did you mean ${suggestion}?)`}.`,
  addJurisdiction: 'Add a jurisdiction',
  removeJurisdiction: (position) => `Remove jurisdiction ${number.format(position)}`,
  hubHeading: 'Where the hub runs',
  hubHelp:
    'Pin the central plane to one of your regions, or to a cloud region of its own (one without downstream clusters). Not pinned: the advisor places it.',
  hubSelectLabel: 'Pin the hub to',
  hubNotPinned: 'Not pinned (the advisor places it)',
  hubYourRegions: 'Your regions',
  hubOtherRegion: 'Another cloud region',
  hubPickerLabel: 'Or pin it to another cloud region',
  hubPickerHelp: 'Search by city, country, provider or code; Enter pins the hub there.',
  hubPinned: (name) => `Hub pinned to ${name}.`,
  latenciesHeading: 'Measured round trips',
  latenciesHelp:
    'Round trips you have measured (ping, your cloud console). Each replaces the estimate for its pair everywhere in the result.',
  measurementLegend: (position) => `Measured round trip ${number.format(position)}`,
  fromLabel: 'From',
  toLabel: 'To',
  msLabel: 'Round trip',
  chooseRegion: 'Choose a region',
  addMeasurement: 'Add a measurement',
  removeMeasurement: (position) => `Remove measured round trip ${number.format(position)}`,
  pasteLabel: 'Paste measurements',
  pasteHelp:
    'One per line: from, to and milliseconds, separated by commas or tabs (a spreadsheet copies tabs). Regions by id or name, e.g. "aws:eu-west-1, aws:us-east-1, 72".',
  pasteButton: 'Add the pasted lines',
  pasteResult: (added, updated, failed) =>
    [
      added > 0 ? `Added ${plural(added, 'measurement', 'measurements')}.` : '',
      updated > 0 ? `Updated ${plural(updated, 'measurement', 'measurements')}.` : '',
      failed > 0
        ? `${plural(failed, 'line needs', 'lines need')} a fix; ${failed === 1 ? 'it is' : 'they are'} left in the box.`
        : '',
      added + updated + failed === 0 ? 'Nothing to add: the box is empty.' : '',
    ]
      .filter((sentence) => sentence !== '')
      .join(' '),
  pasteLine: (line, problem) => `Line ${number.format(line)}: ${problem}`,
  pasteProblems: {
    shape: 'write from, to and milliseconds, separated by commas or tabs.',
    unknownRegion: (text) => `“${text}” is none of your regions (nor the pinned hub): use its id or name.`,
    notNumber: (text) => `“${text}” is not a number of milliseconds.`,
    sameRegion: 'from and to are the same region.',
  },
  ms: 'ms',
};
