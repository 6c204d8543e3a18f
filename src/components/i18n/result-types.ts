import type {
  Confidence,
  Connectivity,
  DecisionStatus,
  FactorId,
  FlipAnswer,
  Locale,
  SensitivityAnswer,
  SiteKind,
} from '../../engine';

/** The result's catalog: it arrives with the result's chunk (use-result-messages.ts); each locale implements it in full. */
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
    /**
     * The round-trip chart's caption: from the hub in `hubs[0]` when there is one, else from the hub that manages
     * each region, the hubs each named with what it serves ("Frankfurt for European Union").
     */
    readonly latencyCaption: (hubs: readonly string[], toleranceMs: number) => string;
    /** A hub in the caption with what it serves: "Frankfurt data centre for European Union". */
    readonly hubServing: (hub: string, serves: string) => string;
    readonly hubInAirGap: (hub: string) => string;
    readonly hubForTheRest: (hub: string) => string;
    /** Ends the caption: where the figures come from (some measured or none). */
    readonly latencyEstimated: string;
    readonly latencyMeasured: string;
    /** Shown over a large estate's round-trip chart while typing goes on: it is redrawn once typing pauses. */
    readonly latencyRedrawOnPause: string;
    /** One hub: "From the central hub (solid)"; several: "From its hub (solid)". */
    readonly latencyLegendHub: (hubs: number) => string;
    readonly latencyLegendRegional: string;
    readonly latencyLegendLine: string;
    readonly latencyLegendMeasured: string;
    readonly latencyAxisTitle: string;
    readonly latencyTableCaption: (hubs: readonly string[], toleranceMs: number) => string;
    readonly regionColumn: string;
    /** The plane columns: where the region is managed from under each strategy. */
    readonly hubPlaneColumn: string;
    readonly regionalPlaneColumn: string;
    readonly rttColumn: string;
    /** A round-trip cell: "148 ms, measured, beyond your tolerance". */
    readonly rttCell: (rttMs: number, within: boolean, measured: boolean) => string;
    /** The plane cell of a region that is the plane's own site (the row names it). */
    readonly ownSite: () => string;
    readonly ms: (value: number) => string;
    /**
     * A bar's figure: "84 ms", "2 ms · hub", "2 ms · plane", "12 ms · measured", and with several planes the one it
     * is from: "84 ms · from N. Virginia".
     */
    readonly barRtt: (rttMs: number, at: 'hub' | 'plane' | null, measured: boolean, from?: string) => string;
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
    /** Why a plane exists, after its place: " (inside the EU)" or "（位于欧盟境内）". */
    readonly aside: (text: string) => string;
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
    /** Why a plane without a constraint exists next to others: it serves the rest of the estate. */
    readonly forTheRest: string;
    /** What a plane serves, in the engine's words ("Europe"). */
    readonly forArea: (area: string) => string;
    /** " · warm standby in Europe (Ireland)". */
    readonly standby: (site: string) => string;
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
    /** The hub's legend entry: the one management plane, or one of several (`hubs`). */
    readonly legendHub: (hubs: number) => string;
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
    /** A hub's tooltip line: what it serves when there are several (`serves`), else that it is the central plane. */
    readonly tooltipHub: (serves: string | null) => string;
    /** `hub` names the hub when there are several. */
    readonly tooltipFromHub: (rtt: string, hub: string | null) => string;
    readonly tooltipRating: (rating: string, toleranceMs: number) => string;
    readonly tooltipGroupPlane: (groupNumber: number) => string;
    readonly tooltipToPlane: (groupNumber: number, rtt: string, plane: string) => string;
    readonly pointHub: (name: string, clusters: string) => string;
    readonly pointSpoke: (name: string, clusters: string, rtt: string, rating: string, hub: string | null) => string;
    readonly pointPlane: (name: string, clusters: string, groupNumber: number) => string;
    readonly pointMember: (name: string, clusters: string, groupNumber: number, rtt: string, plane: string) => string;
    readonly hubOpening: (strategyName: string, hub: string, clusters: string | null) => string;
    readonly onlyRegion: string;
    readonly spoke: (region: string, clusters: string | null, rtt: string, rating: string) => string;
    /** `hub` names the hub the round trips are from when there are several. */
    readonly spokesIntro: (
      regions: number,
      toleranceMs: number,
      spokes: readonly string[],
      hub: string | null,
    ) => string;
    /** Hub & Spoke's opening with several hubs, each named with what it serves. */
    readonly hubsOpening: (strategyName: string, hubs: readonly string[]) => string;
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
    readonly siteKinds: Readonly<Record<SiteKind, string>>;
    readonly connectivities: Readonly<Record<Connectivity, string>>;
    readonly nodes: (count: number) => string;
    readonly inJurisdiction: (name: string) => string;
    /** A region's facts after its name, in the language's brackets and separators: " (data centre; in EU)". */
    readonly regionDetails: (details: readonly string[]) => string;
    /** Mainland China's jurisdiction, which the engine applies without a declaration. */
    readonly mainlandChinaByDefault: string;
    readonly nodesPerCluster: string;
    readonly nodesPerClusterValue: (count: number) => string;
    readonly provisioned: string;
    readonly provisionedValue: (percent: number) => string;
    readonly jurisdiction: (name: string) => string;
    /**
     * The jurisdiction's rule: its regions may be managed from anywhere (`crossing`), only from inside (`inside`),
     * or its planes also manage nothing outside it (`both-ways`); then where its planes may run, when said.
     */
    readonly jurisdictionValue: (
      rule: 'crossing' | 'inside' | 'both-ways',
      allowedLocations: readonly string[],
    ) => string;
    readonly hubPinned: string;
    readonly measured: (from: string, to: string) => string;
    readonly measuredValue: (ms: number) => string;
    readonly decisionTitle: string;
    readonly status: string;
    readonly statuses: Readonly<Record<DecisionStatus, string>>;
    readonly date: string;
    readonly decisionMakers: string;
    readonly consulted: string;
    readonly informed: string;
    readonly author: string;
    readonly names: (names: readonly string[]) => string;
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
