import type {
  Connectivity,
  Continent,
  FieldProblemInput,
  Locale,
  PlaceNames,
  PriorityKey,
  Provider,
  SiteKind,
} from '../../engine';
import type { ShareLinkErrorKind } from '../../share';
import type { YamlProblem } from '../../share/answers-yaml';
import type { JsonProblem } from '../../share/json-problem';

/**
 * The UI's message catalogs, in parts by where they are used (catalog.ts; the result's part is result-types.ts, the
 * design-review tools' review-types.ts). Each locale implements each part in full, so a missing translation fails the
 * type check. Sentences with numbers or names are functions; each catalog formats its numbers with `Intl`.
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
    /** The document is not an object (a list, a string, null): no field of the form can say so. */
    readonly notADocument: string;
    /** `version` is missing or not 1. */
    readonly wrongVersion: string;
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
    /** Beside the count when a region is in mainland China and no jurisdiction says so: the engine's rule applies. */
    readonly constraintsInferredChina: string;
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
    readonly clusterKindsIn: (region: string) => string;
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
        | 'clustersInTwoYears'
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
    /** Announced when a site is added, with its kind. */
    readonly addedCustomSite: (kind: string) => string;
    /** One button per kind: the kind is chosen as the site is added. */
    readonly addSiteOfKind: Readonly<Record<SiteKind, string>>;
    readonly siteKindLabel: string;
    readonly siteKindHelp: string;
    readonly siteKinds: Readonly<Record<SiteKind, string>>;
    readonly providers: Readonly<Record<Provider, string>>;
    readonly continents: Readonly<Record<Continent, string>>;
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
  /** The jurisdiction the engine gives a region in mainland China that names none. */
  readonly inferredChina: string;
  readonly inferredChinaHelp: string;
  /** The implicit jurisdiction's name, when a region names its id (`cn-mainland`) itself. */
  readonly mainlandChina: string;
  readonly clusterKindsLegend: string;
  readonly clusterKindsHelp: string;
  readonly clusterKinds: Readonly<Record<'provisioned' | 'imported' | 'hosted', string>>;
  /** How the counts relate to the region's clusters: "Counts 5 of 8 clusters; the other 3 follow the estate's share." */
  readonly clusterKindsCounted: (counted: number, clusters: number) => string;
  readonly clusterKindsExceed: (counted: number, clusters: number) => string;
  readonly estateHeading: string;
  readonly nodesPerClusterLabel: string;
  readonly nodesPerClusterHelp: (defaultNodes: number) => string;
  readonly nodesUnit: string;
  readonly provisionedLabel: string;
  readonly provisionedHelp: string;
  readonly clustersInTwoYearsLabel: string;
  readonly clustersInTwoYearsHelp: (today: number) => string;
  /** Shown when the expected count is below today's: sizing keeps today's estate. */
  readonly clustersInTwoYearsBelowToday: (today: number) => string;
  readonly clustersUnit: string;
  readonly jurisdictionsHeading: string;
  readonly jurisdictionsHelp: string;
  readonly jurisdictionLegend: (position: number) => string;
  readonly jurisdictionIdLabel: string;
  readonly jurisdictionIdPlaceholder: string;
  readonly jurisdictionNameLabel: string;
  readonly jurisdictionNamePlaceholder: string;
  readonly keepInsideLabel: string;
  readonly strictLabel: string;
  readonly strictNeedsInside: string;
  readonly allowedLabel: string;
  readonly allowedHelp: string;
  readonly allowedPickerLabel: string;
  readonly allowedPlaceholder: string;
  readonly allowedNone: string;
  readonly allowedFull: (max: number) => string;
  readonly locationKinds: Readonly<Record<'country' | 'region' | 'site', string>>;
  readonly locationMatches: (count: number) => string;
  readonly locationNoMatch: (query: string) => string;
  readonly addedLocation: (name: string) => string;
  readonly removeLocation: (name: string) => string;
  readonly unknownLocation: (location: string, suggestion: string | null) => string;
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
