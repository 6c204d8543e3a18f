/**
 * The numbers that turn answers into points. Each strategy's score is its share of all points (plus an even
 * prior), so a factor's points read as "how much this adds to that strategy's case". The magnitudes are
 * the team's judgement, calibrated so that Rancher's own guidance holds on the shipped examples (one region
 * or one continent: Hub & Spoke; several continents with a tight tolerance: Regional); docs/scoring.md
 * explains each one.
 */

/** Multiplier for each priority level: 0 does not matter, 1 nice to have, 2 matters, 3 important, 4 must have. */
export const PRIORITY_MULTIPLIERS = [0, 0.5, 1, 1.75, 2.5] as const;

/** Points per strategy before any factor: keeps scores finite and near 50/50 when little is at stake. */
export const PRIOR_POINTS = 10;

/** One interface across regions (Hub & Spoke pro, Regional con), at "matters". */
export const SINGLE_PANE_POINTS = 10;
/** Multi-cluster apps deployed once, not once per installation (Regional con), at "matters". */
export const MULTI_CLUSTER_APPS_POINTS = 8;
/** Environments spanning regions run as one from one plane (the withdrawn pro, restated honestly). */
export const CROSS_REGION_ENVIRONMENTS_POINTS = 12;
/** Regions keep provisioning when another region's plane is down (Regional pro), at "matters", all clusters protected. */
export const FAULT_ISOLATION_POINTS = 14;
/** Upgrading region by region (Regional pro), at "matters". */
export const INDEPENDENT_UPGRADES_POINTS = 8;

/** Latency: no points while the hub's worst round trip is at most this share of the tolerance. */
export const LATENCY_COMFORT_RATIO = 0.5;
/** Latency: points when the worst round trip equals the tolerance. */
export const LATENCY_POINTS_AT_TOLERANCE = 12;
/** Latency: the cap, reached when the worst round trip is this many times the tolerance. */
export const LATENCY_MAX_RATIO = 2;
export const LATENCY_MAX_POINTS = 45;

/** Browser-to-server round trip Rancher recommends at most (Rancher docs, "Installation Requirements"). */
export const BROWSER_RTT_GUIDANCE_MS = 150;
/** Browser guidance: points reached when the farthest region is twice the guidance from the hub. */
export const BROWSER_LATENCY_MAX_POINTS = 8;

/**
 * Routine yearly work of one production HA installation (upgrades of Rancher and its cluster, rancher-backup
 * restores tested, certificates, monitoring), in full-time engineers. Team estimate: Rancher ships several
 * minor releases a year with monthly patches, and SUSE's support matrix expects each upgrade tested.
 */
export const ENGINEER_LOAD_PER_INSTALLATION = 0.25;
/** Overhead of running extra installations (Regional con), when the team has no engineers to spare. */
export const OPERATING_LOAD_MAX_POINTS = 24;

/** Hub & Spoke needs several hubs: one installation cannot manage all clusters (Rancher's largest size is 500). */
export const SCALE_CEILING_POINTS = 25;

/** Clusters that lose provisioning in one outage, at full isolation and 500 or more clusters. */
export const BLAST_RADIUS_POINTS = 10;
/** The cluster count at which blast radius counts in full: Rancher's largest documented size. */
export const BLAST_RADIUS_FULL_CLUSTERS = 500;

/** All regions fit one regional plane: "Regional" would be the same single installation, with nothing gained. */
export const ONE_INSTALLATION_SUFFICES_POINTS = 40;

/** Score margin (points out of 100) from which the recommendation is "strong". */
export const STRONG_MARGIN = 20;
/** Score margin from which the recommendation is "moderate"; below it, a "close-call". */
export const MODERATE_MARGIN = 8;
