// The decision record's words, typed apart from the rest of the engine's messages (types.ts) so each file stays
// readable; a catalog fills both through `EngineMessages`.
import type { PriorityKey } from '../answers';
import type { PlaneReason, RttBasis } from '../planes';
import type { InstallationSize } from '../sizing';
import type { Confidence, Strategy } from '../strategy';

/** How a set of round trips is known, all together (see `figuresBasis`). */
export type FiguresBasis = 'measured' | 'estimated' | 'mixed';

/**
 * The decision record's fixed words and templates. Parameters named `...Markdown` are Markdown the record has
 * already escaped (they may quote names a person typed); the other parameters are numbers, ids and the
 * engine's own words, which templates may print as they are.
 */
export interface DecisionRecordMessages {
  readonly title: (p: {
    readonly strategy: Strategy;
    readonly regions: number;
    /** The chosen strategy's planes. */
    readonly planes: number;
    /** Why there are several: a plane per geography, per jurisdiction, per air gap (empty for one plane). */
    readonly why: readonly ('geography' | 'jurisdiction' | 'air-gap')[];
  }) => string;
  /** Section headings, without the leading `#`s. */
  readonly headings: {
    readonly context: string;
    readonly drivers: string;
    readonly options: string;
    readonly outcome: string;
    readonly consequences: string;
    readonly confirmation: string;
    readonly plan: string;
    readonly prosAndCons: string;
    readonly moreInformation: string;
    readonly weightedCriteria: string;
    readonly hubRoundTrips: string;
    readonly regionalPlan: string;
    readonly sources: string;
  };
  readonly context: (p: { readonly totalClusters: number; readonly regions: number }) => string;
  readonly regionColumns: readonly [region: string, clusters: string];
  readonly toleranceDriver: (p: { readonly toleranceMs: number }) => string;
  readonly engineersDriver: (p: { readonly engineers: number }) => string;
  readonly environmentsDriver: (p: { readonly spanning: boolean }) => string;
  /** What each priority is about, as a decision driver names it. */
  readonly priorityDrivers: Readonly<Record<PriorityKey, string>>;
  readonly priorityDriver: (p: { readonly driver: string; readonly level: number }) => string;
  readonly consideredOptions: Readonly<Record<Strategy, string>>;
  /** Keeps MADR's `Chosen option: "<name>"` lead-in in every language, for tools that look for it. */
  readonly chosenOption: (p: {
    readonly chosen: Strategy;
    readonly other: Strategy;
    /** The chosen option's strongest factors in their clause form (`factorClauses`), at most two. */
    readonly reasons: readonly string[];
    readonly chosenScore: number;
    readonly otherScore: number;
    readonly confidence: Confidence;
  }) => string;
  /** A full sentence turned into the clause that follows "because" (English lowers its first letter). */
  readonly asClause: (sentence: string) => string;
  /**
   * A sentence of the app's (which speaks to "you") in the record's voice: a team writing its own decision, "we"
   * and "our" throughout.
   */
  readonly inOurVoice: (sentence: string) => string;
  readonly good: (p: { readonly reasonMarkdown: string }) => string;
  readonly bad: (p: { readonly reasonMarkdown: string }) => string;
  readonly neutral: (p: { readonly reasonMarkdown: string }) => string;
  readonly footprint: (p: {
    readonly installations: number;
    readonly managementNodes: number;
    readonly largestClusters: number;
    readonly size: InstallationSize;
    readonly clustersLosingProvisioning: number;
  }) => string;
  readonly confirmation: (p: {
    readonly chosen: Strategy;
    readonly guidanceMs: number;
    /** The chosen strategy's planes. */
    readonly planes: number;
    /** How the chosen strategy's round trips below are known, all together. */
    readonly figures: FiguresBasis;
  }) => string;
  readonly reEvaluate: string;
  readonly noTriggers: string;
  readonly optionFootprint: {
    readonly 'hub-and-spoke': (p: {
      readonly installations: number;
      /** Each hub's line (`planeLine`), when there are several. */
      readonly planesMarkdown: readonly string[];
      readonly hubMarkdown: string;
      readonly managementNodes: number;
    }) => string;
    readonly regional: (p: { readonly installations: number; readonly managementNodes: number }) => string;
  };
  readonly criteriaColumns: readonly [criterion: string, weight: string, favours: string, reason: string];
  /** The "Favours" cell of a neutral factor. */
  readonly favoursNeither: string;
  /** The lead of Hub & Spoke's planes and round trips: one hub, or a hub per constraint. */
  readonly hubRoundTrips: (p: {
    readonly hubMarkdown: string;
    readonly planes: number;
    readonly worstMs: number;
    readonly toleranceMs: number;
  }) => string;
  readonly roundTripColumns: readonly [region: string, plane: string, roundTrip: string, basis: string];
  /** How a round trip in the table is known. */
  readonly roundTripBasis: Readonly<Record<RttBasis, string>>;
  readonly regionalPlan: (p: { readonly groupMaxRttMs: number }) => string;
  /** One plane: where it sits, what it serves and why it exists, its standby, clusters and installations. */
  readonly planeLine: (p: {
    readonly planeMarkdown: string;
    readonly reason: PlaneReason;
    /** What it serves (the engine's area, or the jurisdiction's name), escaped; null when neither says. */
    readonly servesMarkdown: string | null;
    /** The group's other regions, served from the plane's region (none when it serves only its own). */
    readonly othersMarkdown: readonly string[];
    readonly standbyMarkdown: string | null;
    readonly clusters: number;
    readonly installations: number;
  }) => string;
  /** Who made this version of the answers (`decision.author`). */
  readonly author: (p: { readonly authorMarkdown: string }) => string;
  readonly shareLink: (p: { readonly url: string }) => string;
  readonly footer: (p: { readonly figures: FiguresBasis }) => string;
  /** The "Versions compared" section, when the record was made from the compare view. */
  readonly versionsCompared: {
    readonly heading: string;
    readonly intro: (p: { readonly count: number }) => string;
    readonly columns: readonly [
      version: string,
      recommended: string,
      hubScore: string,
      regionalScore: string,
      link: string,
    ];
    /** The link cell: a Markdown link to the version. */
    readonly openLink: (p: { readonly url: string }) => string;
  };
}
