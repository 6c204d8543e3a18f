import { describeJsonProblemEn, describeYamlProblemEn } from '../../share/json-problem';
import type { UiMessages } from './types';

/** Counts as the UI always printed them: plain digits, no grouping. */
const number = new Intl.NumberFormat('en', { useGrouping: false });

/** An engine message as a sentence on a field: "clusters must be at least 1" becomes "Clusters must be at least 1." */
function toSentence(message: string): string {
  const sentence = message.charAt(0).toUpperCase() + message.slice(1);
  return /[.!?)]$/.test(sentence) ? sentence : `${sentence}.`;
}

/** The first-load English UI. English is the source language: the engine's own sentences are shown as they are. */
export const en: UiMessages = {
  locale: 'en',
  app: {
    documentTitle: 'Rancher Strategy Advisor: Hub & Spoke or Regional',
    skipToResult: 'Skip to the recommendation',
    brandName: 'Rancher Strategy Advisor',
    tagline:
      'One central Rancher management plane, or one per region? Describe your clusters and get a reasoned recommendation, with Rancher’s sources.',
    startOver: 'Start over',
    languageSwitcher: 'Language / 语言',
    resultRegion: 'Recommendation',
    resultPlaceholderEyebrow: 'Recommended strategy',
    resultPlaceholderText: 'Working out the recommendation…',
    resetNotice:
      'Your answers were replaced by the example. Your previous answers are kept until you change something.',
    undoStartOver: 'Undo start over',
    answersKeptNotice:
      'A share link’s answers replaced yours on screen. Your previous answers were kept: restore them whenever you like (they stay saved in this browser until you discard them).',
    restoreKeptAnswers: 'Restore my previous answers',
    discardKeptAnswers: 'Discard them',
    answersRestoredNotice: 'Your previous answers are back. The link’s answers can be brought back with Undo.',
    undoRestore: 'Undo',
    emptyNotice:
      'The form is empty: add the first region where your clusters run. Your previous answers are kept until you change something.',
    startEmptyInstead: 'Start empty instead',
    startWithExampleInstead: 'Start from the example instead',
    awaitingTitle: 'No region yet',
    awaitingText:
      'Add the first region where your clusters run, a cloud region or a site of your own: the recommendation appears as soon as there is one.',
    dismiss: 'Dismiss',
    fileProblemTitle: 'That file could not be opened',
    resultErrorTitle: 'The recommendation could not be worked out for these answers',
    resultErrorText:
      'Your answers are kept; change one of them to try again. If this keeps happening, please report it with this message:',
    footerBefore: 'Based on Rancher’s best-practice page',
    footerLink: 'Rancher Deployment Strategy',
    footerAfter:
      'and its documented server sizes. Round trips are estimated from typical routes between the sites, unless you measured them. Your answers stay in this browser.',
    dropOverlay: 'Drop an answers file (.json) to open it',
    compareVersions: 'Compare versions',
    compareLoading: 'Opening the comparison…',
    skipToComparison: 'Skip to the comparison',
  },
  estateImport: {
    title: 'Start from the estate you run',
    lede: 'Import your clusters from Rancher, EKS, AKS, GKE or a CSV: regions, cluster and node counts, and how Rancher holds them.',
    open: 'Import clusters',
    close: 'Close the import',
    loading: 'Loading the import…',
  },
  newVersion: {
    title: 'A new version of the advisor is ready',
    text: 'This tab still runs the version before it, and the part you opened is no longer on the server. Reload to use the new version: your answers are kept.',
    reload: 'Reload',
  },
  crash: {
    title: 'Something went wrong',
    text: 'The advisor hit an unexpected problem and could not show this page. Nothing was sent anywhere. Starting over opens the advisor with its example answers.',
    startOver: 'Start over',
  },
  linkProblem: {
    headings: {
      empty: 'This share link is empty',
      truncated: 'This share link is incomplete',
      corrupted: 'This share link is damaged',
      'unknown-version': 'This share link is from a newer version of the advisor',
      'too-large': 'This share link is too long to be genuine',
      'invalid-answers': 'This share link holds answers the advisor cannot use',
    },
    explain: (_kind, codecReason) => codecReason,
    keptDraft:
      'Nothing from this link is shown: the form holds your own saved answers, unchanged. Ask the sender for a fresh link, or carry on with your answers.',
    keptExample:
      'Nothing from this link is shown: the form holds the example answers. Ask the sender for a fresh link, or start from the example.',
    continueDraft: 'Continue with my answers',
    continueExample: 'Continue with the example',
    startOverWithExample: 'Start over with the example',
    withheldTitle: 'No recommendation shown',
    withheldDraft:
      'The link could not be opened, so there is no recommendation of its sender’s to show. The form holds your own saved answers: continue with them, or change one, to see their recommendation.',
    withheldExample:
      'The link could not be opened, so there is no recommendation of its sender’s to show. The form holds the example answers: continue with them, or change one, to see their recommendation.',
    showDraftResult: 'Show the recommendation for my answers',
    showExampleResult: 'Show the recommendation for the example',
  },
  files: {
    notJson: (fileName, problem) =>
      `${fileName} is not valid JSON: ${describeJsonProblemEn(problem)}. Your current answers are unchanged.`,
    notYaml: (fileName, problem) =>
      `${fileName} is not valid YAML: ${describeYamlProblemEn(problem)}. Your current answers are unchanged.`,
    notText: (fileName) =>
      `${fileName} is not a text file (it holds binary data): an answers file is JSON or YAML text. Your current answers are unchanged.`,
    invalid: (fileName) => `${fileName} is not a valid answers file. Your current answers are unchanged.`,
    tooLarge: (fileName, sizeKb) =>
      `${fileName} is ${sizeKb} KB; an answers file is a few KB of JSON. Your current answers are unchanged.`,
    wrongType: (fileName) =>
      `${fileName} is not a .json, .yaml or .yml file. Open an answers file saved from this tool (or any JSON or YAML answers document). Your current answers are unchanged.`,
    notADocument: 'the answers document must be a JSON object',
    wrongVersion: 'version must be 1, the only answers format so far: write "version": 1',
  },
  field: { problemPrefix: 'Problem:' },
  places: {
    names: {},
    place: (metro, country) => (metro === country ? country : `${metro}, ${country}`),
  },
  questionnaire: {
    formLabel: 'Your setup',
    regionsTitle: 'Where your clusters run',
    regionsLede:
      'Every cloud region or site whose downstream clusters the management plane would manage. Distances between them drive the latency estimates.',
    latencyTitle: 'Latency and team',
    latencyLede: 'How far a central plane may be from its clusters, and who runs it.',
    latencyLabel: 'Highest acceptable round trip',
    latencyHelp: (guidanceMs) =>
      `The slowest round trip between the management plane and a downstream cluster that your team accepts. Rancher asks for ${guidanceMs} ms or less between a browser and the Rancher server; without a measurement of your own, that is a sound starting point.`,
    msUnit: 'ms',
    opsLabel: 'Operations engineers',
    opsHelp:
      'Full-time equivalents who can upgrade, back up and watch management-plane installations (1.5 is fine). Every extra installation is routine work for them.',
    opsUnit: 'FTE',
    workTitle: 'How you work',
    workLede: 'What you need from the management plane, from “does not matter” to “must have”.',
    environmentsLegend: 'Do some environments span several regions?',
    environmentsHelpBefore:
      'An environment is a product’s or team’s set of clusters, projects and apps. Answer yes if some are made of separate clusters in several regions and run as one. Rancher does not support one cluster stretched across regions: its old “nodes across regions” advantage was withdrawn (',
    environmentsHelpLink: 'rancher-docs issue 220',
    environmentsHelpAfter: ').',
    environmentsNo: 'No',
    environmentsYes: 'Yes, some do',
    priorityLevels: ['Does not matter', 'Nice to have', 'Matters', 'Important', 'Must have'],
    priorities: {
      singlePane: {
        legend: 'One interface that shows every region and cluster',
        help: 'Hub & Spoke gives one Rancher UI for everything; Regional gives one UI per management plane.',
      },
      multiClusterApps: {
        legend: 'Deploying one app to clusters in many regions in one step',
        help: 'With Regional, an app that spans regions is deployed once per Rancher installation.',
      },
      faultIsolation: {
        legend: 'Each region keeps provisioning when another management plane is down',
        help: 'Clusters keep running their workloads without Rancher either way; an outage stops provisioning and central management.',
      },
      independentUpgrades: {
        legend: "Upgrading Rancher region by region, on each region's own schedule",
        help: 'Regional lets you try each Rancher release on one region first; a central hub upgrades every region at once.',
      },
    },
    constraintsSummary:
      'Constraints: where planes may run, jurisdictions, connectivity, cluster kinds, nodes, measured round trips',
    constraintsSet: (count) => `${number.format(count)} set`,
    constraintsNoneSet: 'none set',
    constraintsInferredChina: 'mainland China rule applies (inferred from your regions)',
    constraintsLoading: 'Loading the constraints…',
  },
  problems: {
    clustersIn: (region) => `Clusters in ${region}`,
    nameOf: (region) => `Name of ${region}`,
    latitudeOf: (region) => `Latitude of ${region}`,
    longitudeOf: (region) => `Longitude of ${region}`,
    siteKindOf: (region) => `Kind of site of ${region}`,
    connectivityOf: (region) => `Connectivity of ${region}`,
    nodesIn: (region) => `Nodes in ${region}`,
    jurisdictionOf: (region) => `Jurisdiction of ${region}`,
    clusterKindsIn: (region) => `Cluster kinds in ${region}`,
    jurisdictionAt: (position) => `Jurisdiction ${number.format(position)}`,
    measurementAt: (position) => `Measured round trip ${number.format(position)}`,
    regions: 'Regions',
    questions: {
      nodesPerCluster: 'Nodes per cluster',
      provisionedPercent: 'Clusters Rancher provisions',
      clustersInTwoYears: 'Clusters in two years',
      jurisdictions: 'Jurisdictions',
      'hub.regionId': 'Pinned hub',
      latencies: 'Measured round trips',
      latencyToleranceMs: 'Highest acceptable round trip',
      opsEngineers: 'Operations engineers',
      crossRegionEnvironments: 'Environments that span regions',
      'priorities.singlePane': 'One interface for every region',
      'priorities.multiClusterApps': 'One app to many regions in one step',
      'priorities.faultIsolation': 'Regions keep working during an outage',
      'priorities.independentUpgrades': 'Upgrading region by region',
    },
    aRegion: 'a region',
    customSite: (siteId) => `custom site ${siteId}`,
    message: ({ message }) => toSentence(message),
  },
  regions: {
    pickerLabel: 'Add a cloud region',
    pickerHelp:
      'Type a city, a country, a provider or a region code, e.g. "Frankfurt", "eu-central" or "Tokyo". Arrow keys choose, Enter adds.',
    pickerFull: (maxRegions) => `You have listed ${maxRegions} regions, the most one answers document holds.`,
    pickerPlaceholder: 'Search regions: city, country, provider or code',
    matchingRegions: 'Matching regions',
    added: 'Added',
    noMatch: (query) =>
      `No cloud region matches “${query}”. For a data centre or edge location, add a custom site below.`,
    noMatchStatus: 'No matching regions.',
    matchCount: (count) => `${count} matching ${count === 1 ? 'region' : 'regions'}.`,
    addedRegion: (name) => `Added ${name}.`,
    listHeading: 'Your regions',
    listTotal: (regions, clusters) =>
      `${number.format(regions)} ${regions === 1 ? 'region' : 'regions'} · ${number.format(clusters)} ${clusters === 1 ? 'cluster' : 'clusters'}`,
    remove: (name) => `Remove ${name}`,
    removed: (name) => `Removed ${name}.`,
    clustersLabel: 'Clusters',
    inRegion: (name) => `in ${name}`,
    ofRegion: (name) => `of ${name}`,
    ofCustomSite: (siteId) => `of custom site ${siteId}`,
    newCustomSite: 'New custom site',
    customSiteBadge: 'Custom site',
    customSiteMeta: (siteId) => `On-premises or edge location · id ${siteId}`,
    nameLabel: 'Name',
    namePlaceholder: 'e.g. Munich plant',
    latitudeLabel: 'Latitude',
    longitudeLabel: 'Longitude',
    empty: 'No regions yet. Search above, or add a custom site.',
    addCustomSite: 'Add a site of your own',
    addCustomSiteHelp:
      'For a place that is not a cloud region: choose its kind, then give its name and where it is, in decimal degrees (north and east positive; Munich is 48.14, 11.58).',
    addedCustomSite: (kind) => `Added a custom site (${kind}). Give it a name, a latitude and a longitude.`,
    addSiteOfKind: {
      datacenter: 'Add a data centre',
      edge: 'Add an edge location',
      cloud: 'Add a private cloud region',
    },
    siteKindLabel: 'Kind of site',
    siteKindHelp: 'An edge location (stores, factories, vessels) never hosts a management plane.',
    siteKinds: { datacenter: 'Data centre', edge: 'Edge location', cloud: 'Cloud region' },
    providers: {
      aws: 'Amazon Web Services',
      azure: 'Microsoft Azure',
      gcp: 'Google Cloud',
      'aws-cn': 'Amazon Web Services China',
      'azure-cn': 'Azure operated by 21Vianet',
      alibaba: 'Alibaba Cloud',
    },
    continents: {
      africa: 'Africa',
      asia: 'Asia',
      europe: 'Europe',
      'north-america': 'North America',
      oceania: 'Oceania',
      'south-america': 'South America',
    },
  },
};
