import type { Connectivity, DecisionStatus, SiteKind } from '../../engine';

/** Why a decision-record field's text cannot be kept (the limits of the answers' `decision`). */
export type DecisionFieldProblem =
  | { readonly kind: 'too-long'; readonly maxChars: number }
  | { readonly kind: 'name-too-long'; readonly maxChars: number }
  | { readonly kind: 'too-many-names'; readonly maxNames: number };

/** An answer the compare view lists when versions differ in it. */
export type ComparedAnswer =
  | 'latencyToleranceMs'
  | 'opsEngineers'
  | 'crossRegionEnvironments'
  | 'nodesPerCluster'
  | 'provisionedPercent'
  | 'hub';

/**
 * The design-review catalog: the decision-record form (with the sharing and exports) and the compare view. Its own
 * catalog because both arrive in chunks loaded later (see docs/i18n.md); each locale implements it in full, so a
 * missing translation fails the type check.
 */
export interface ReviewMessages {
  readonly decisionForm: {
    readonly heading: string;
    readonly lede: string;
    readonly title: string;
    readonly status: string;
    readonly statuses: Readonly<Record<DecisionStatus, string>>;
    readonly date: string;
    readonly decisionMakers: string;
    readonly consulted: string;
    readonly informed: string;
    readonly namesHelp: string;
    readonly author: string;
    readonly authorHelp: string;
    readonly problem: (problem: DecisionFieldProblem) => string;
  };
  readonly compare: {
    readonly open: string;
    readonly title: string;
    readonly lede: string;
    readonly back: string;
    readonly pasteLabel: string;
    readonly pasteHelp: string;
    readonly add: string;
    readonly addCurrent: string;
    readonly nothingPasted: string;
    readonly leftOut: (count: number, max: number) => string;
    readonly copyLink: string;
    readonly linkCopied: string;
    readonly copyManually: string;
    readonly empty: string;
    readonly addAnother: string;
    readonly versionLabel: (position: number) => string;
    /** A version named by its author: "Ben Reviewer’s version". */
    readonly versionOf: (author: string) => string;
    /** Versions with the same answers as one compared already are shown once: "Version 3 is the same as …". */
    readonly identical: (label: string, sameAs: string) => string;
    readonly alreadyCompared: string;
    /** The verdict table's row of each version's planes (for its recommended strategy). */
    readonly planes: string;
    readonly planeInAirGap: (place: string) => string;
    readonly planeServing: (place: string, serves: string) => string;
    readonly planeForTheRest: (place: string) => string;
    readonly planeList: (planes: readonly string[]) => string;
    readonly versionsHeading: string;
    readonly openVersion: (label: string) => string;
    readonly ownVersionHelp: string;
    readonly removeVersion: (label: string) => string;
    readonly downloadRecord: (label: string) => string;
    readonly recordDownloaded: (label: string, fileName: string) => string;
    readonly unreadableTitle: (count: number) => string;
    /** "Version 3 (the 3rd link) could not be read: …"; `why` is the link problem in this language. */
    readonly unreadable: (label: string, position: number, why: string) => string;
    readonly verdictsCaption: string;
    /** The verdict table's first column: what each row shows. */
    readonly resultColumn: string;
    readonly recommended: string;
    readonly scoreOf: (strategyName: string) => string;
    readonly confidence: string;
    readonly score: (score: number) => string;
    readonly chartTitle: string;
    readonly chartCaption: string;
    readonly bar: (strategyName: string, score: number, recommended: boolean) => string;
    readonly answersHeading: string;
    readonly answersCaption: string;
    readonly answerColumn: string;
    readonly noDifferences: string;
    readonly changedMark: string;
    readonly answers: Readonly<Record<ComparedAnswer, string>>;
    readonly priority: (legend: string) => string;
    readonly regionClusters: (region: string) => string;
    readonly regionDetail: (
      region: string,
      detail: 'name' | 'position' | 'siteKind' | 'connectivity' | 'nodes' | 'jurisdiction',
    ) => string;
    readonly measuredRtt: (from: string, to: string) => string;
    readonly jurisdiction: (id: string) => string;
    readonly keepInside: (id: string) => string;
    /** Values of a region's kind of site and connectivity. */
    readonly siteKinds: Readonly<Record<SiteKind, string>>;
    readonly connectivity: Readonly<Record<Connectivity, string>>;
    readonly notIncluded: string;
    readonly notSet: string;
    readonly yes: string;
    readonly no: string;
    readonly ms: (value: number) => string;
    readonly number: (value: number) => string;
    readonly percent: (value: number) => string;
    readonly factorsHeading: string;
    readonly factorsCaption: string;
    readonly factorColumn: string;
    readonly factorPoints: (points: number, strategyName: string) => string;
    readonly noPoints: string;
    readonly noFactorChanges: string;
  };
}
