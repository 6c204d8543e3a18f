import type {
  Confidence,
  Connectivity,
  Continent,
  FactorId,
  FieldProblemInput,
  FlipAnswer,
  Locale,
  PlaceNames,
  PriorityKey,
  Provider,
  SensitivityAnswer,
  SiteKind,
} from '../../engine';
import type { ShareLinkErrorKind } from '../../share';
import type { YamlProblem } from '../../share/answers-yaml';
import type { JsonProblem } from '../../share/json-problem';

/**
 * The UI's message catalogs. Each locale implements both interfaces in full, so a missing translation fails the
 * type check. Sentences with numbers or names are functions; each catalog formats its numbers with `Intl`.
 * Split by when they are needed: `UiMessages` is in the first load (shell, questionnaire, notices), while
 * `ResultMessages` arrives with the result's chunk (see docs/i18n.md).
 */
export interface UiMessages {
  readonly locale: Locale;
  readonly app: {
    readonly documentTitle: string;
    readonly skipToResult: string;
    readonly brandName: string;
    readonly tagline: string;
    readonly startOver: string;
    /** The switcher's name, the same in every language so anyone can find it. */
    readonly languageSwitcher: string;
    readonly resultRegion: string;
    readonly resultPlaceholderEyebrow: string;
    readonly resultPlaceholderText: string;
    readonly resetNotice: string;
    /** A share link replaced the person's own answers on screen; they were kept. */
    readonly answersKeptNotice: string;
    readonly restoreKeptAnswers: string;
    readonly discardKeptAnswers: string;
    /** The kept answers are back; the link's answers can be undone to. */
    readonly answersRestoredNotice: string;
    readonly undoRestore: string;
    readonly undoStartOver: string;
    readonly emptyNotice: string;
    readonly startEmptyInstead: string;
    readonly startWithExampleInstead: string;
    readonly awaitingTitle: string;
    readonly awaitingText: string;
    readonly dismiss: string;
    readonly fileProblemTitle: string;
    readonly resultErrorTitle: string;
    readonly resultErrorText: string;
    readonly footerBefore: string;
    readonly footerLink: string;
    readonly footerAfter: string;
    readonly dropOverlay: string;
    /** Opens the compare view (its own words arrive with it). */
    readonly compareVersions: string;
    readonly compareLoading: string;
    readonly skipToComparison: string;
  };
  /** A part of the app could not load because a newer version replaced the files of the one this tab runs. */
  /** The cluster import's launcher beside the regions question, and what it says after an import. */
  readonly estateImport: {
    readonly title: string;
    readonly lede: string;
    readonly open: string;
    readonly close: string;
    readonly loading: string;
  };
  readonly newVersion: {
    readonly title: string;
    readonly text: string;
    readonly reload: string;
  };
  readonly crash: {
    readonly title: string;
    readonly text: string;
    readonly startOver: string;
  };
  readonly linkProblem: {
    readonly headings: Readonly<Record<ShareLinkErrorKind, string>>;
    /**
     * What went wrong, without what to do next (the alert's next paragraph says it); English shows the codec's
     * own sentence (its `reason`), other languages explain the kind.
     */
    readonly explain: (kind: ShareLinkErrorKind, codecReason: string) => string;
    readonly keptDraft: string;
    readonly keptExample: string;
    readonly continueDraft: string;
    readonly continueExample: string;
    readonly startOverWithExample: string;
    /** In the result's place while the alert is open: no result is shown that could pass for the sender's. */
    readonly withheldTitle: string;
    readonly withheldDraft: string;
    readonly withheldExample: string;
    readonly showDraftResult: string;
    readonly showExampleResult: string;
  };
  readonly files: {
    /** Where and how a JSON text breaks, as a clause: "line 3, column 7: …". The command line says it too. */
    readonly notJson: (fileName: string, problem: JsonProblem) => string;
    /** The same for a YAML file (.yaml, .yml): where it breaks, by line and column. */
    readonly notYaml: (fileName: string, problem: YamlProblem) => string;
    /** Binary data: a picture or an archive opened by mistake. */
    readonly notText: (fileName: string) => string;
    readonly invalid: (fileName: string) => string;
    readonly tooLarge: (fileName: string, sizeKb: number) => string;
    readonly wrongType: (fileName: string) => string;
  };
  readonly field: {
    /** Read before a field's error by screen readers. */
    readonly problemPrefix: string;
  };
  /** Cloud regions' metros, countries and providers in this language (the providers' own region names stay as they are). */
  readonly places: {
    /** By English name; every metro and country in the catalog (a test checks it) and the providers, or none for English. */
    readonly names: PlaceNames;
    /** "Frankfurt, Germany"; a place that is its own country is named once ("Singapore"). */
    readonly place: (metro: string, country: string) => string;
  };
  readonly questionnaire: {
    readonly formLabel: string;
    readonly regionsTitle: string;
    readonly regionsLede: string;
    readonly latencyTitle: string;
    readonly latencyLede: string;
    readonly latencyLabel: string;
    readonly latencyHelp: (guidanceMs: number) => string;
    readonly msUnit: string;
    readonly opsLabel: string;
    readonly opsHelp: string;
    readonly opsUnit: string;
    readonly workTitle: string;
    readonly workLede: string;
    readonly environmentsLegend: string;
    readonly environmentsHelpBefore: string;
    readonly environmentsHelpLink: string;
    readonly environmentsHelpAfter: string;
    readonly environmentsNo: string;
    readonly environmentsYes: string;
    /** The 0..4 scale, "Does not matter" to "Must have". */
    readonly priorityLevels: readonly [string, string, string, string, string];
    readonly priorities: Readonly<Record<PriorityKey, { readonly legend: string; readonly help: string }>>;
    /** The collapsed section's summary: what it holds, so a person knows whether to open it. */
    readonly constraintsSummary: string;
    readonly constraintsSet: (count: number) => string;
    readonly constraintsNoneSet: string;
    readonly constraintsLoading: string;
  };
  readonly problems: {
    /** Where a problem is: "Clusters in Asia Pacific (Tokyo)". */
    readonly clustersIn: (region: string) => string;
    readonly nameOf: (region: string) => string;
    readonly latitudeOf: (region: string) => string;
    readonly longitudeOf: (region: string) => string;
    readonly regions: string;
    readonly siteKindOf: (region: string) => string;
    readonly connectivityOf: (region: string) => string;
    readonly nodesIn: (region: string) => string;
    readonly jurisdictionOf: (region: string) => string;
    /** "Jurisdiction 2" (from 1). */
    readonly jurisdictionAt: (position: number) => string;
    /** "Measured round trip 4" (from 1). */
    readonly measurementAt: (position: number) => string;
    readonly questions: Readonly<
      Record<
        | 'latencyToleranceMs'
        | 'opsEngineers'
        | 'crossRegionEnvironments'
        | `priorities.${PriorityKey}`
        | 'nodesPerCluster'
        | 'provisionedPercent'
        | 'jurisdictions'
        | 'hub.regionId'
        | 'latencies',
        string
      >
    >;
    readonly aRegion: string;
    readonly customSite: (siteId: string) => string;
    /** The message shown on a field, from the engine's (English) message, the field and the kind of problem. */
    readonly message: (problem: FieldProblemInput) => string;
  };
  readonly regions: {
    readonly pickerLabel: string;
    readonly pickerHelp: string;
    readonly pickerFull: (maxRegions: number) => string;
    readonly pickerPlaceholder: string;
    readonly matchingRegions: string;
    readonly added: string;
    readonly noMatch: (query: string) => string;
    readonly noMatchStatus: string;
    readonly matchCount: (count: number) => string;
    readonly addedRegion: (name: string) => string;
    readonly listHeading: string;
    readonly listTotal: (regions: number, clusters: number) => string;
    readonly remove: (name: string) => string;
    readonly removed: (name: string) => string;
    readonly clustersLabel: string;
    readonly inRegion: (name: string) => string;
    readonly ofRegion: (name: string) => string;
    readonly ofCustomSite: (siteId: string) => string;
    readonly newCustomSite: string;
    readonly customSiteBadge: string;
    readonly customSiteMeta: (siteId: string) => string;
    readonly nameLabel: string;
    readonly namePlaceholder: string;
    readonly latitudeLabel: string;
    readonly longitudeLabel: string;
    readonly empty: string;
    readonly addCustomSite: string;
    readonly addCustomSiteHelp: string;
    readonly addedCustomSite: string;
    readonly providers: Readonly<Record<Provider, string>>;
    readonly continents: Readonly<Record<Continent, string>>;
  };
}

export interface ResultMessages {
  readonly locale: Locale;
  readonly verdict: {
    /** Read out when the result changes; `confidenceLabel` is the engine's ("Strong fit"). */
    readonly announcement: (strategyName: string, confidence: Confidence, confidenceLabel: string) => string;
    readonly notUpdatedYet: string;
    readonly lastValid: string;
    readonly problemAt: (place: string, message: string) => string;
    readonly moreToCorrect: (count: number) => string;
    readonly eyebrow: string;
    readonly headingPrefix: string;
    readonly pointsApart: (points: number) => string;
    readonly recommendedMark: string;
    readonly score: (score: number) => string;
    readonly scale: string;
    readonly barRecommended: string;
    readonly barNotUpdated: string;
    readonly barScores: (winner: number, other: number) => string;
    readonly seeWhy: string;
  };
  readonly charts: {
    readonly showChart: string;
    readonly showTable: string;
    readonly forChart: (title: string) => string;
    readonly chartError: string;
    readonly legend: string;
    readonly factorTitle: string;
    readonly factorCaption: string;
    readonly factorCaptionEmpty: string;
    readonly factorLegendHub: string;
    readonly factorLegendRegional: string;
    readonly factorTableCaption: string;
    readonly factorColumn: string;
    readonly points: (points: number) => string;
    readonly noPoints: string;
    readonly factorShortLabels: Readonly<Record<FactorId, string>>;
    /** The factor chart's value axis: what its numbers are ("factor points", not the 0..100 score points). */
    readonly factorAxisTitle: string;
    /** The tooltip's last line: what a click on the bar does. */
    readonly factorBarHint: string;
    readonly latencyTitle: string;
    readonly latencyCaptionBefore: string;
    readonly latencyCaptionAfter: (toleranceMs: number) => string;
    /** Ends the caption: where the figures come from (some measured or none). */
    readonly latencyEstimated: string;
    readonly latencyMeasured: string;
    readonly latencyLegendHub: string;
    readonly latencyLegendRegional: string;
    readonly latencyLegendLine: string;
    readonly latencyLegendMeasured: string;
    readonly latencyAxisTitle: string;
    readonly latencyTableCaption: (hub: string, toleranceMs: number) => string;
    readonly regionColumn: string;
    readonly fromHubColumn: string;
    readonly fromPlaneColumn: string;
    /** A table cell: "84 ms, beyond your tolerance (measured)"; `plane` names the regional plane it is from. */
    readonly rttCell: (rttMs: number, within: boolean, measured: boolean, plane?: string) => string;
    readonly hubSuffix: string;
    readonly ms: (value: number) => string;
    /** A bar's value: "84 ms", "1 ms · hub", "1 ms · plane", "12 ms · measured". */
    readonly barRtt: (rttMs: number, at: 'hub' | 'plane' | null, measured: boolean) => string;
    readonly toleranceLine: (toleranceMs: number) => string;
    readonly axisPoints: (points: number) => string;
    readonly sensitivityTitle: string;
    readonly sensitivityCaption: string;
    /** Each small chart's heading: "As the latency tolerance changes". */
    readonly sensitivityHeadings: Readonly<Record<SensitivityAnswer, string>>;
    /** Each small chart's value axis, with its unit. */
    readonly sensitivityAxes: Readonly<Record<SensitivityAnswer, string>>;
    /** A value of the answer: "150 ms", "2.5". */
    readonly sensitivityValues: Readonly<Record<SensitivityAnswer, (value: number) => string>>;
    /** The score axis, with its unit ("score points", 0..100). */
    readonly scoreAxisTitle: string;
    readonly currentMark: (valueText: string) => string;
    readonly flipMark: (valueText: string, strategyName: string) => string;
    readonly noFlipMark: string;
    readonly legendHubScore: string;
    readonly legendRegionalScore: string;
    readonly legendCurrent: string;
    readonly legendFlip: string;
    readonly sensitivityTableCaption: (heading: string) => string;
    readonly winnerColumn: string;
    readonly currentSuffix: string;
    readonly flipSuffix: string;
    readonly score: (score: number) => string;
  };
  readonly factors: {
    readonly heading: string;
    readonly lede: string;
    readonly pointsFor: (points: number, strategyName: string) => string;
    readonly neutralSummary: (count: number) => string;
    readonly opensInNewTab: string;
  };
  readonly flips: {
    readonly heading: string;
    readonly lede: (otherStrategyName: string) => string;
    readonly answers: Readonly<Record<FlipAnswer, string>>;
    readonly nowMs: (value: number) => string;
    readonly nowYesNo: (value: boolean) => string;
    readonly now: (value: number | string) => string;
    readonly robust: string;
    readonly doesNotChange: string;
    /** The answers that do not change it, as a sentence's end: "a, b." */
    readonly unchangedList: (items: readonly string[]) => string;
    /** While what would change it and how the answer moves are worked out for new answers. */
    readonly working: string;
    /** Working them out failed (a bug): the engine's message, and that the rest of the result stands. */
    readonly failedTitle: string;
    readonly failed: string;
  };
  readonly consequences: {
    readonly heading: string;
    readonly consequence: string;
    readonly recommended: string;
    readonly installations: string;
    readonly nodes: string;
    readonly nodesNote: string;
    readonly largest: string;
    readonly largestNote: string;
    readonly outage: string;
    readonly outageNote: string;
    readonly count: (value: number) => string;
    readonly clusters: (count: number) => string;
    readonly beyondLargest: (maxClusters: number) => string;
    readonly documentedSize: (size: 'small' | 'medium' | 'large', maxClusters: number) => string;
  };
  readonly plan: {
    readonly heading: string;
    readonly recommended: string;
    readonly hubTitle: (strategyName: string) => string;
    /** "In <hub>, managing all 25 clusters.": the text around the hub's name, which is set in bold. */
    readonly hubManagingBefore: string;
    readonly hubManagingAfter: (clusters: number) => string;
    /** Follows the sentence before it, with the separator the language uses. */
    readonly farthest: (region: string, rttMs: number) => string;
    readonly regionalTitle: (strategyName: string, planes: number) => string;
    readonly planeIn: (region: string) => string;
    readonly servesOwn: string;
    readonly serves: (regions: readonly string[]) => string;
    readonly clusters: (count: number) => string;
    readonly worstRtt: (rttMs: number) => string;
    readonly splitOver: (installations: number) => string;
    readonly note: (maxRttMs: number) => string;
    /** Hub & Spoke with more than one hub (hard constraints: jurisdictions, air gaps). */
    readonly hubsTitle: (strategyName: string, hubs: number) => string;
    readonly insideJurisdiction: (jurisdiction: string) => string;
    readonly insideAirGap: string;
    readonly mainlandChina: string;
  };
  readonly runPlan: {
    readonly heading: (strategyName: string) => string;
    readonly lede: string;
    readonly sources: (count: number) => string;
  };
  readonly map: {
    readonly title: string;
    readonly lede: string;
    readonly loading: string;
    readonly viewLegend: string;
    readonly recommendedMark: string;
    readonly mapName: (strategyName: string) => string;
    readonly coastlinesFailed: string;
    readonly asText: string;
    readonly legend: string;
    readonly legendHub: string;
    readonly legendPlane: string;
    readonly legendUpTo: (nearFromMs: number, rating: string) => string;
    readonly legendNear: (nearFromMs: number, toleranceMs: number, rating: string) => string;
    readonly legendOver: (toleranceMs: number, rating: string) => string;
    readonly legendGroup: (groupNumber: number, plane: string, regions: number) => string;
    readonly legendMoreGroups: (count: number) => string;
    readonly legendDotArea: string;
    readonly hubLabel: string;
    readonly hubLabelNamed: (name: string) => string;
    readonly ratings: Readonly<Record<'ok' | 'near' | 'over', string>>;
    readonly ms: (value: number) => string;
    readonly clusters: (count: number) => string;
    readonly tooltipHub: string;
    readonly tooltipFromHub: (rtt: string) => string;
    readonly tooltipRating: (rating: string, toleranceMs: number) => string;
    readonly tooltipGroupPlane: (groupNumber: number) => string;
    readonly tooltipToPlane: (groupNumber: number, rtt: string, plane: string) => string;
    readonly pointHub: (name: string, clusters: string) => string;
    readonly pointSpoke: (name: string, clusters: string, rtt: string, rating: string) => string;
    readonly pointPlane: (name: string, clusters: string, groupNumber: number) => string;
    readonly pointMember: (name: string, clusters: string, groupNumber: number, rtt: string, plane: string) => string;
    readonly hubOpening: (strategyName: string, hub: string, clusters: string | null) => string;
    readonly onlyRegion: string;
    readonly spoke: (region: string, clusters: string | null, rtt: string, rating: string) => string;
    readonly spokesIntro: (regions: number, toleranceMs: number, spokes: readonly string[]) => string;
    readonly verdictOver: (count: number, toleranceMs: number) => string;
    readonly verdictNear: (count: number, toleranceMs: number) => string;
    readonly verdictWellWithin: (toleranceMs: number) => string;
    readonly regionalSingle: (strategyName: string, plane: string) => string;
    readonly regionalEach: (strategyName: string, count: number, planes: readonly string[]) => string;
    readonly regionalOpening: (strategyName: string, count: number) => string;
    readonly planeWithClusters: (plane: string, clusters: string) => string;
    readonly groupOwn: (groupNumber: number, plane: string, clusters: string) => string;
    readonly member: (region: string, rtt: string) => string;
    readonly groupServing: (groupNumber: number, plane: string, members: readonly string[], clusters: string) => string;
    readonly groups: (sentences: readonly string[]) => string;
    /** Sentences into one paragraph. */
    readonly paragraph: (sentences: readonly string[]) => string;
  };
  /** The printed answers (the questions' labels come from the questionnaire's catalog). */
  readonly answersSummary: {
    readonly title: string;
    readonly regionsCaption: (regions: number, clusters: number) => string;
    readonly regionColumn: string;
    readonly clustersColumn: string;
    readonly toleranceValue: (ms: number) => string;
    readonly engineersValue: (count: number) => string;
    readonly customSite: (lat: number, lon: number) => string;
  };
  readonly share: {
    readonly title: string;
    readonly lede: string;
    readonly copyLink: string;
    readonly copyRecord: string;
    readonly downloadRecord: string;
    readonly print: string;
    readonly downloadAnswers: string;
    readonly openAnswers: string;
    readonly fileInput: string;
    readonly dropHint: string;
    readonly link: string;
    readonly record: string;
    readonly copied: (what: string) => string;
    readonly copyManually: (what: string) => string;
    readonly toCopy: (what: string) => string;
    readonly opened: (fileName: string) => string;
    readonly recordDownloaded: (fileName: string) => string;
    readonly answersDownloaded: (fileName: string) => string;
    readonly printLink: string;
    /** The action bar at the top of the result. */
    readonly barLabel: string;
    readonly printShort: string;
    readonly moreExports: string;
    readonly closeManual: string;
    /** Where the exports are, said at the end of the result. */
    readonly barPointer: string;
    readonly saveAnswers: string;
  };
}

/**
 * The questionnaire's "Constraints" section, loaded with its editor when the section is first opened (see
 * use-constraints-messages.ts). Each locale implements it in full.
 */
export interface ConstraintsMessages {
  readonly locale: Locale;
  readonly lede: string;
  readonly sitesHeading: string;
  readonly sitesHelp: string;
  readonly siteKindLabel: string;
  readonly siteKinds: Readonly<Record<SiteKind, string>>;
  readonly connectivityLabel: string;
  readonly connectivities: Readonly<Record<Connectivity, string>>;
  /** An option that leaves the answer out: "Cloud region (default)". */
  readonly byDefault: (choice: string) => string;
  readonly nodesLabel: string;
  /** The placeholder of an empty node count: what is assumed. */
  readonly nodesAssumed: (nodes: number) => string;
  readonly jurisdictionLabel: string;
  readonly noJurisdiction: string;
  /** A region's jurisdiction that is not declared (the form names the problem). */
  readonly undeclaredJurisdiction: (id: string) => string;
  readonly estateHeading: string;
  readonly nodesPerClusterLabel: string;
  readonly nodesPerClusterHelp: (defaultNodes: number) => string;
  readonly nodesUnit: string;
  readonly provisionedLabel: string;
  readonly provisionedHelp: string;
  readonly jurisdictionsHeading: string;
  readonly jurisdictionsHelp: string;
  readonly jurisdictionLegend: (position: number) => string;
  readonly jurisdictionIdLabel: string;
  readonly jurisdictionIdPlaceholder: string;
  readonly jurisdictionNameLabel: string;
  readonly jurisdictionNamePlaceholder: string;
  readonly keepInsideLabel: string;
  readonly addJurisdiction: string;
  readonly removeJurisdiction: (position: number) => string;
  readonly hubHeading: string;
  readonly hubHelp: string;
  readonly hubSelectLabel: string;
  readonly hubNotPinned: string;
  readonly hubYourRegions: string;
  readonly hubOtherRegion: string;
  readonly hubPickerLabel: string;
  readonly hubPickerHelp: string;
  readonly hubPinned: (name: string) => string;
  readonly latenciesHeading: string;
  readonly latenciesHelp: string;
  readonly measurementLegend: (position: number) => string;
  readonly fromLabel: string;
  readonly toLabel: string;
  readonly msLabel: string;
  readonly chooseRegion: string;
  readonly addMeasurement: string;
  readonly removeMeasurement: (position: number) => string;
  readonly pasteLabel: string;
  readonly pasteHelp: string;
  readonly pasteButton: string;
  /** What pasting did: "Added 3 measurements. 1 line needs a fix; it is left in the box." */
  readonly pasteResult: (added: number, updated: number, failed: number) => string;
  readonly pasteLine: (line: number, problem: string) => string;
  readonly pasteProblems: {
    readonly shape: string;
    readonly unknownRegion: (text: string) => string;
    readonly notNumber: (text: string) => string;
    readonly sameRegion: string;
  };
  readonly ms: string;
}
