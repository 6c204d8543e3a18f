import type { PriorityLevel } from '../answer-limits';
import type { PriorityKey } from '../answers';
import type { UncertainCorridor } from '../regions/rtt-model';
import type { InstallationSize } from '../sizing';
import type { SourceId } from '../sources';
import type { Confidence, FactorId, Strategy } from '../strategy';
import type { AreaPart, AreaZone, MacroArea } from '../topology';
import type { DecisionRecordMessages } from './decision-record-types';

export type { DecisionRecordMessages, FiguresBasis } from './decision-record-types';
export type { InstallationSize };

/** Where one central plane would sit and its worst round trip: the place every latency sentence describes. */
export interface HubDistance {
  /** Display name of the hub's region, as the catalog or the user wrote it. */
  readonly hub: string;
  /** Display name of the region farthest from the hub. */
  readonly farthest: string;
  readonly worstMs: number;
  readonly toleranceMs: number;
}

/** Where the clusters sit against the tolerance, for the latency sentences. */
export interface LatencyPicture extends HubDistance {
  readonly totalClusters: number;
  /** Clusters beyond the tolerance from their hub under Hub & Spoke. */
  readonly beyondClusters: number;
  /** Clusters beyond the tolerance from their own plane under Regional. */
  readonly regionalBeyondClusters: number;
}

/** What one outage stops under each strategy, for the fault-isolation sentences. */
export interface OutagePicture {
  readonly totalClusters: number;
  /** Clusters that lose provisioning when the central plane's site is down. */
  readonly hubLoss: number;
  /** Clusters that lose provisioning when the largest regional plane's site is down. */
  readonly regionalLoss: number;
  /** Cluster-weighted mean round trip from the hub, ms. */
  readonly meanRttMs: number;
}

/** A plane as sentences name it: where it sits and what it serves ("Zurich", "Europe"). */
export interface PlaneName {
  readonly plane: string;
  readonly area: string;
}

/** The estate's clusters by how they are reached without Rancher (fractions where a share was given). */
export interface KindsPicture {
  readonly provisioned: number;
  readonly imported: number;
  readonly hosted: number;
  /** Imported or hosted: the answers gave only the share Rancher provisions. */
  readonly notProvisioned: number;
  readonly unknown: number;
  readonly total: number;
  /** The estate-wide share Rancher provisions, when that is all the answers say of kinds (no region's own counts). */
  readonly provisionedPercent: number | null;
}

/** The largest plane of each strategy against Rancher's documented sizes. */
export interface ScalePicture {
  readonly hubClusters: number;
  readonly hubSize: InstallationSize;
  readonly regionalClusters: number;
  readonly regionalSize: InstallationSize;
}

/** The sentences of each factor: a title, and one template per outcome the factor can reach. */
export interface FactorMessages {
  readonly 'same-planes': {
    readonly title: string;
    readonly differs: (p: {
      readonly regionalPlanes: number;
      readonly hubPlanes: number;
      readonly planes: readonly PlaneName[];
    }) => string;
    /** Regional at its best draws no plane more: `worstMs` is the farthest region from its hub. */
    readonly same: (p: { readonly planes: number; readonly regions: number; readonly worstMs: number }) => string;
  };
  readonly 'single-pane': {
    readonly title: string;
    readonly sameInstallations: string;
    readonly doesNotMatter: string;
    readonly favorsHub: (p: {
      readonly totalClusters: number;
      readonly hubPlanes: number;
      readonly regionalPlanes: number;
    }) => string;
  };
  readonly 'multi-cluster-apps': {
    readonly title: string;
    readonly sameInstallations: string;
    readonly doesNotMatter: string;
    readonly favorsHub: (p: { readonly regionalPlanes: number }) => string;
  };
  readonly 'cross-region-environments': {
    readonly title: string;
    readonly noneSpan: string;
    readonly sameInstallations: string;
    readonly favorsHub: (p: { readonly regionalPlanes: number }) => string;
  };
  readonly latency: {
    readonly title: string;
    readonly sameForBoth: (p: LatencyPicture) => string;
    readonly noConcern: (p: LatencyPicture) => string;
    readonly favorsRegional: (p: LatencyPicture) => string;
  };
  readonly 'browser-latency': {
    readonly title: string;
    readonly withinGuidance: (p: { readonly guidanceMs: number; readonly worstMs: number }) => string;
    readonly beyondGuidance: (p: {
      readonly farthest: string;
      readonly worstMs: number;
      readonly guidanceMs: number;
      readonly beyondClusters: number;
      readonly totalClusters: number;
    }) => string;
  };
  readonly 'fault-isolation': {
    readonly title: string;
    readonly sameForBoth: (p: OutagePicture) => string;
    readonly doesNotMatter: string;
    readonly favorsRegional: (p: OutagePicture & { readonly standbyCoversMost: boolean }) => string;
  };
  readonly 'independent-upgrades': {
    readonly title: string;
    readonly oneInstallation: string;
    readonly doesNotMatter: string;
    readonly favorsRegional: (p: { readonly places: number }) => string;
  };
  readonly 'operating-load': {
    readonly title: string;
    readonly sameInstallations: string;
    readonly favorsHub: (p: {
      readonly regionalInstallations: number;
      readonly regionalNodes: number;
      /** Extra routine work of Regional, in full-time engineers, rounded to a tenth. */
      readonly extraEngineers: number;
      readonly opsEngineers: number;
    }) => string;
  };
  readonly 'scale-ceiling': {
    readonly title: string;
    readonly withinDocumented: (p: ScalePicture) => string;
    readonly beyondForBoth: (p: ScalePicture) => string;
    readonly favorsRegional: (p: ScalePicture) => string;
  };
  readonly 'hard-constraints': {
    readonly title: string;
    /** The name of the implicit jurisdiction of mainland China regions. */
    readonly mainlandChina: string;
    readonly explanation: (p: {
      /** Jurisdictions whose regions are managed only from inside them. */
      readonly inside: readonly string[];
      /** Those of them with planes of their own under both strategies. */
      readonly separate: readonly string[];
      readonly airGapped: readonly string[];
      readonly hubPlanes: number;
    }) => string;
  };
  readonly 'workloads-keep-running': {
    readonly title: string;
    /** `kinds`: how the clusters are reached without Rancher, when the answers say it (null otherwise). */
    readonly explanation: (p: { readonly kinds: KindsPicture | null }) => string;
  };
}

/** A plane as a plan sentence names it. */
export interface PlanePicture {
  readonly plane: string;
  readonly regions: readonly string[];
  readonly clusters: number;
  readonly nodes: number;
}

/** A plane of the plan as "how to run it" describes it. */
export interface PlannedPlane extends PlaneName {
  /** The documented size to install, with headroom (see HEADROOM_SHARE). */
  readonly size: InstallationSize;
  /** In a cloud region (nodes across three availability zones), or in a data centre (three nodes in one location). */
  readonly cloud: boolean;
}

/** The sentences of "how to run it": one template per item the plan can hold. */
export interface PlanMessages {
  readonly haHub: (p: { readonly planes: readonly PlannedPlane[] }) => string;
  readonly regionalPlanes: (p: { readonly planes: readonly PlannedPlane[] }) => string;
  readonly warmStandby: (p: {
    readonly standbys: readonly (PlaneName & { readonly standby: string; readonly within: string | null })[];
  }) => string;
  readonly backupsInside: (p: {
    readonly planes: readonly (PlaneName & { readonly within: string | null; readonly airGapped: boolean })[];
  }) => string;
  readonly jurisdictionHubs: (p: {
    readonly jurisdictions: readonly { readonly name: string; readonly planes: readonly string[] }[];
  }) => string;
  readonly pinnedOutsideJurisdiction: (p: {
    readonly pinned: string;
    readonly jurisdictions: readonly string[];
    readonly hub: string;
  }) => string;
  readonly jurisdictionNeedsSite: (p: { readonly jurisdiction: string }) => string;
  readonly airGapPlanes: (p: { readonly sites: readonly string[] }) => string;
  readonly beyondDocumented: (
    p: PlanePicture & { readonly installations: number; readonly clustersInTwoYears: number | null },
  ) => string;
  readonly headroom: (p: {
    readonly planes: readonly (PlaneName & {
      readonly clusters: number;
      readonly nodes: number;
      /** Share of the documented size's clusters or nodes they fill, whichever is higher, in percent. */
      readonly percent: number;
      readonly size: InstallationSize;
      readonly plannedSize: InstallationSize;
    })[];
    /** The clusters expected in two years, when the answers say so. */
    readonly clustersInTwoYears: number | null;
  }) => string;
  readonly understaffed: (p: {
    readonly installations: number;
    readonly engineers: number;
    /** Routine work of those installations, in full-time engineers, rounded to a tenth. */
    readonly neededEngineers: number;
  }) => string;
  readonly authorizedEndpoint: (p: {
    readonly regions: readonly string[];
    readonly clusters: number;
    readonly worstMs: number;
    readonly toleranceMs: number;
    /** The far clusters by kind; null when the answers say nothing of kinds. */
    readonly kinds: KindsPicture | null;
  }) => string;
  readonly hostedKubeconfig: (p: {
    readonly regions: readonly string[];
    readonly clusters: number;
    readonly worstMs: number;
    readonly toleranceMs: number;
  }) => string;
  readonly pinnedHub: (p: {
    readonly pinned: string;
    /** The pinned hub's round trips to the regions it manages: weighted by their clusters, and the worst. */
    readonly meanMs: number;
    readonly worstMs: number;
    /**
     * Where the hub would sit otherwise (the least cluster-weighted round trip), and the same two figures from there
     * to the same regions; null when that is the pin itself.
     */
    readonly best: string | null;
    readonly bestMeanMs: number;
    readonly bestWorstMs: number;
    /** Regions the pin serves notably slower than the best site would, the farthest first, and by how much. */
    readonly costs: readonly { readonly region: string; readonly clusters: number; readonly addedMs: number }[];
    /** Further such regions, counted, and the most the pin adds to any of them. */
    readonly more: { readonly regions: number; readonly clusters: number; readonly upToMs: number } | null;
    /** One-way jurisdictions the pin lies outside: planes inside them manage their regions, the pin the rest. */
    readonly outside: readonly { readonly jurisdiction: string; readonly planes: readonly string[] }[];
  }) => string;
  readonly planeOutsideAnswers: (p: { readonly plane: string; readonly regions: readonly string[] }) => string;
  /** A plane with no known place to run, named by the regions it is drawn at: "a data centre near X". */
  readonly siteToChoose: (p: { readonly near: string }) => string;
  readonly intermittent: (p: { readonly sites: readonly string[]; readonly clusters: number }) => string;
  readonly fleetHub: (p: { readonly regions: number; readonly hubs: number }) => string;
  readonly fleetSharedGit: (p: { readonly planes: number }) => string;
  readonly stagingRancher: (p: {
    readonly strategy: Strategy;
    readonly mustHave: boolean;
    /** Installations the plan runs (hubs, or regional planes). */
    readonly planes: number;
  }) => string;
  readonly stagedUpgrades: (p: { readonly first: string }) => string;
  readonly crossBorder: (p: { readonly regions: readonly string[] }) => string;
  readonly chinaOperations: (p: { readonly planes: readonly string[] }) => string;
  readonly measureUncertain: (p: {
    readonly regions: readonly string[];
    readonly corridors: readonly UncertainCorridor[];
  }) => string;
}

/** How what a plane serves is named ("Europe", "North America's west coast", "the rest of the estate"). */
export interface AreaMessages {
  readonly zones: Readonly<Record<AreaZone, string>>;
  readonly macros: Readonly<Record<MacroArea, string>>;
  /** A part of a zone or macro-area: "northern Europe", "North America's west coast". */
  readonly part: (p: { readonly area: string; readonly part: AreaPart; readonly zone: AreaZone | null }) => string;
  readonly rest: string;
  readonly estate: string;
  /**
   * A jurisdiction's name as typed by a person ("European Union", "the UK", "欧盟"), made to read inside a sentence:
   * "for the jurisdiction European Union", "inside the UK".
   */
  readonly jurisdiction: (name: string) => string;
}

/** One plane as the summary names it: where it sits and what it serves. */
export interface SummaryPlane {
  /** The place in a few words ("Frankfurt", "N. Virginia"). */
  readonly place: string;
  /** Why the plane exists (see `PlaneReason` in planes.ts). */
  readonly reason: 'jurisdiction' | 'mainland-china' | 'air-gap' | 'geography' | 'central' | 'rest';
  /** What it serves in a few words: the engine's area, else the jurisdiction's name; null when neither says. */
  readonly serves: string | null;
  /** The regions it serves besides its own site, by name, for a plane whose area is not known. */
  readonly others: readonly string[];
  /** More than one: installations side by side beyond Rancher's largest documented size. */
  readonly installations: number;
}

/** How the recommended shape reads in the summary: the winner's planes, each named with what it serves. */
export interface SummaryShape {
  readonly strategy: Strategy;
  readonly planes: readonly SummaryPlane[];
}

export interface SummaryParams {
  readonly winner: Strategy;
  readonly loser: Strategy;
  readonly confidence: Confidence;
  readonly winnerScore: number;
  readonly loserScore: number;
  /** The winner's strongest factors in their clause form (`factorClauses`), strongest first, at most two. */
  readonly reasons: readonly string[];
  /** The loser's strongest factor in its clause form, or null when no factor favours it. */
  readonly counter: string | null;
  readonly shape: SummaryShape;
}

/** "What would change it": one template per answer, for a value that flips the result and for none. */
export interface FlipMessages {
  readonly toleranceNone: (p: { readonly to: Strategy; readonly minMs: number; readonly maxMs: number }) => string;
  readonly tolerance: (p: { readonly to: Strategy; readonly valueMs: number }) => string;
  readonly engineersNone: (p: { readonly to: Strategy; readonly min: number; readonly max: number }) => string;
  readonly engineers: (p: { readonly to: Strategy; readonly value: number }) => string;
  readonly environments: (p: { readonly to: Strategy; readonly spanning: boolean }) => string;
  readonly environmentsNone: string;
  /** What each priority is about, as the flip sentences name it. */
  readonly priorityTopics: Readonly<Record<PriorityKey, string>>;
  readonly priorityNone: (p: { readonly to: Strategy; readonly key: PriorityKey }) => string;
  readonly priority: (p: {
    readonly to: Strategy;
    readonly key: PriorityKey;
    readonly value: PriorityLevel;
    readonly current: PriorityLevel;
  }) => string;
}

/**
 * Every sentence the engine writes, in one language. A catalog typed with this interface must fill every
 * entry with the right parameters, so a missing or mistyped translation fails the type check.
 */
export interface EngineMessages {
  /** A number inside a sentence. */
  readonly formatNumber: (value: number) => string;
  /** A round trip inside a sentence, rounded to the millisecond. */
  readonly formatMs: (valueMs: number) => string;
  /** The strategy's name in running text and table cells. */
  readonly strategyName: Readonly<Record<Strategy, string>>;
  /** The strategy's name where it is first mentioned or stands alone (a heading): carries the English name. */
  readonly strategyFullName: Readonly<Record<Strategy, string>>;
  readonly confidenceLabel: Readonly<Record<Confidence, string>>;
  /** Words for the 0..4 priority scale. */
  readonly priorityLabels: readonly [string, string, string, string, string];
  readonly serverSize: Readonly<Record<InstallationSize, string>>;
  /** Each source's quote; a translation says it is one. */
  readonly sourceQuote: Readonly<Record<SourceId, string>>;
  /** Each source's claim without its "Hub & Spoke pro:" label, for the record's pros and cons. */
  readonly sourceClaim: Readonly<Record<SourceId, string>>;
  readonly factors: FactorMessages;
  readonly plan: PlanMessages;
  readonly areas: AreaMessages;
  /**
   * Each factor as a noun phrase that reads inside a sentence ("mainly because of <clause> and <clause>", "the
   * strongest point for Hub & Spoke is <clause>"): the titles are headings and do not.
   */
  readonly factorClauses: Readonly<Record<FactorId, string>>;
  readonly summary: (p: SummaryParams) => string;
  readonly flips: FlipMessages;
  readonly decisionRecord: DecisionRecordMessages;
}
