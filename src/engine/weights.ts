/**
 * The numbers that turn answers into points. Each strategy's score is its share of all points (plus an even
 * prior), so a factor's points read as "how much this adds to that strategy's case". Unless a line cites a source,
 * a magnitude is the team's judgement, calibrated so that an experienced Rancher architect would sign the verdict on
 * realistic estates (tests/engine/expert-estates.test.ts); docs/scoring.md explains each one.
 *
 * Every factor is continuous in the answers: thresholds fade in over a range, so one more cluster, one ms of
 * tolerance or a tenth of an engineer never swings the result.
 */

/** Multiplier for each priority level: 0 does not matter, 1 nice to have, 2 matters, 3 important, 4 must have. */
export const PRIORITY_MULTIPLIERS = [0, 0.5, 1, 1.75, 2.5] as const;

/** Points per strategy before any factor: keeps scores finite and near 50/50 when little is at stake. */
export const PRIOR_POINTS = 10;

/** Regional would be the very planes Hub & Spoke runs (one geography): nothing is gained by calling it Regional. */
export const SAME_PLANES_POINTS = 40;

/** One interface across regions (Hub & Spoke pro, Regional con), at "matters", with one hub against many planes. */
export const SINGLE_PANE_POINTS = 10;
/** Deploying one app to many regions (Regional con), at "matters", before Fleet's mitigation. */
export const MULTI_CLUSTER_APPS_POINTS = 8;
/**
 * What remains of the multi-cluster-apps con with Fleet: legacy multi-cluster apps are deprecated since Rancher 2.5
 * (Rancher docs, "Multi-cluster Apps"), and each installation's Fleet can watch the same Git repositories, but every
 * installation still needs its GitRepo resources, cluster groups and secrets kept in step.
 */
export const FLEET_RESIDUAL_SHARE = 0.5;
/** Environments spanning regions run as one from one plane (the withdrawn pro, restated honestly). */
export const CROSS_REGION_ENVIRONMENTS_POINTS = 12;

/** Regions keep provisioning when another plane is down (Regional pro), at "matters", all clusters protected. */
export const FAULT_ISOLATION_POINTS = 14;
/**
 * Share of the isolation a split brings that a hub with a warm standby does NOT give: a standby restored from
 * rancher-backup in a second region (Rancher docs, "Backup, Restore and Disaster Recovery") covers the loss of the
 * hub's site, but not a bad upgrade or misconfiguration that reaches every cluster at once, nor the hours of restore.
 */
export const STANDBY_RESIDUAL_SHARE = 0.35;
/** Isolation counts the rest (1 − residual) as the clusters sit farther from the hub: none within this mean round trip... */
export const ISOLATION_NEAR_MS = 20;
/** ...and all of it from this mean round trip on, where one long-haul network problem cuts the hub off from regions. */
export const ISOLATION_FAR_MS = 100;
/** Share of the isolation that counts for the smallest estate; all of it from ISOLATION_FULL_STAKE_CLUSTERS on. */
export const ISOLATION_MIN_STAKE = 0.5;
/** Clusters at which an outage's stake counts in full: Rancher's largest documented size. */
export const ISOLATION_FULL_STAKE_CLUSTERS = 500;

/**
 * Upgrading Rancher region by region (Regional pro), at "matters", when every cluster outside the largest plane can
 * go first. Downstream clusters are upgraded one by one under either strategy; only Rancher itself differs.
 */
export const INDEPENDENT_UPGRADES_POINTS = 8;

/**
 * Latency: points for one cluster whose round trip is up to the tolerance, per unit of ln(round trip / tolerance)
 * from half the tolerance on (about 7 points at the tolerance itself).
 */
export const LATENCY_POINTS_PER_LOG_WITHIN = 10;
/**
 * Latency: points for one cluster per unit of ln(round trip / tolerance) beyond the tolerance: a cluster 1.3 times
 * beyond it costs about 33 points, twice beyond about 76. Proportionate, so a third of the estate well beyond the
 * tolerance outweighs a "matters" single-pane priority (issue 19). The log keeps the factor honest when both
 * strategies' round trips grow: what counts is how much nearer a regional plane is, and a steeper slope beyond the
 * tolerance than within it keeps a higher tolerance from ever raising Regional's lead.
 */
export const LATENCY_POINTS_PER_LOG_BEYOND = 100;
/**
 * Latency is weighed against a tolerance of at least this: tighter than this the answer means "the region itself"
 * (a region's own round trips are a few ms, the next metro 10 to 30 ms away), and a millisecond more or less of such
 * a tolerance must not swing the advice (1 ms is a fifth of a 5 ms tolerance). Team's judgement.
 */
export const LATENCY_TOLERANCE_FLOOR_MS = 30;
/** Latency: no points while a round trip is at most this share of the tolerance. */
export const LATENCY_COMFORT_RATIO = 0.5;
/**
 * Latency counts in full once a region of this many clusters gains a nearer plane, and less for fewer (log scale,
 * each region counting CLUSTER_WEIGHT_PRIOR clusters more: about half of it for one far cluster): a few distant
 * clusters are served by the Authorized Cluster Endpoint or their provider's kubeconfig rather than by a plane of
 * their own. Team's judgement.
 */
export const LATENCY_FULL_STAKE_CLUSTERS = 20;
/**
 * Latency: the most one cluster's nearer plane saves it, reached about 1.6 times beyond the tolerance: well beyond is
 * well beyond, and a cluster far beyond must not weigh like many. The factor's points are a cluster-weighted mean, so
 * this is also the factor's most (every cluster far beyond the tolerance from the hub and near its own plane, in a
 * region of LATENCY_FULL_STAKE_CLUSTERS or more). Team's judgement.
 */
export const LATENCY_MAX_POINTS_PER_CLUSTER = 50;

/**
 * Browser-to-Rancher round trip Rancher recommends at most: "Round-trip time (ping time) from browser to upstream
 * cluster: 150 ms or less" (Rancher docs, "Tuning and Best Practices for Rancher at Scale").
 */
export const BROWSER_RTT_GUIDANCE_MS = 150;
/**
 * Browser guidance: points when every cluster's people sit twice the guidance from a central Rancher. The tool
 * does not know where people sit; it assumes the people who work with a region's clusters sit near them.
 */
export const BROWSER_LATENCY_MAX_POINTS = 8;

/**
 * Routine yearly work of one production HA installation (upgrades of Rancher and its cluster, rancher-backup
 * restores tested, certificates, monitoring), in full-time engineers. Team estimate: Rancher ships several
 * minor releases a year with monthly patches, and SUSE's support matrix expects each upgrade tested.
 */
export const ENGINEER_LOAD_PER_INSTALLATION = 0.25;
/** Operating load: the points when the extra work swamps the team (no engineers to spare at all). */
export const OPERATING_LOAD_MAX_POINTS = 60;
/**
 * Operating load: the extra work is weighed against the engineers left after the hub, plus this much, so the
 * factor grows smoothly from 0 instead of jumping to its maximum for a team with nothing to spare.
 */
export const OPERATING_LOAD_SOFTENING_FTE = 0.5;

/**
 * Scale: points when the hub is twice Rancher's largest documented size and the regional planes are within it.
 * Beyond the documented sizes is possible "with ad-hoc hardware recommendations and tuning" (Rancher docs,
 * "Installation Requirements"), and users report trouble at that size (rancher/rancher issue 32474: 1,600 clusters).
 */
export const SCALE_POINTS = 20;

/** Score margin (points out of 100) from which the recommendation is "strong". */
export const STRONG_MARGIN = 20;
/** Score margin from which the recommendation is "moderate"; below it, a "close-call". */
export const MODERATE_MARGIN = 8;

/** A regional layout finer than a geography starts to count when the tolerance falls below this many times its grouping distance. */
export const LAYOUT_ADMISSION_RATIO = 1.5;
/**
 * A finer layout counts in full once the geography's largest plane is this many times Rancher's largest documented
 * size, and in part from the size itself: when scale forces several installations anyway, an architect puts them
 * one per coast or metro rather than side by side. Team's judgement.
 */
export const SCALE_ADMISSION_FULL_RATIO = 1.25;

/**
 * A plane is sized one documented step up once its clusters or nodes (in two years, when the answers say) pass this
 * share of its size: Rancher's "Tips for Running Rancher" asks to stay within the requirements and to plan capacity
 * from metrics; 20% headroom is the team's judgement of what a year of ordinary growth takes.
 */
export const HEADROOM_SHARE = 0.8;
/**
 * The plan warns that the team is stretched when the routine work of its installations (ENGINEER_LOAD_PER_INSTALLATION
 * each) passes this share of the engineers named: the rest of their time goes to incidents, failed upgrades, the
 * downstream clusters and holidays. Team's judgement; one engineer with three HA installations is past it.
 */
export const UNDERSTAFFED_SHARE = 0.5;
/** The priority level from which a priority "matters" (2 on the 0..4 scale) and the plan acts on it. */
export const PRIORITY_MATTERS = 2;
/** The priority level "must have". */
export const PRIORITY_MUST_HAVE = 4;

/**
 * A pinned hub's cost is named for the regions it serves at least this much slower than the best site would: a
 * smaller difference is within what the estimates can tell apart. Team's judgement (the model's metro-scale error).
 */
export const PIN_COST_NOTABLE_MS = 10;
/** How many regions the pinned hub's cost names one by one, the farthest first; the rest are counted. Team's judgement. */
export const PIN_COST_NAMED_REGIONS = 3;
