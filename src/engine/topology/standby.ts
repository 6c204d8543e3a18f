import { PLACEMENT_WORST_WEIGHT } from './placement';
import type { PlanGroup } from './plans';
import { type JurisdictionRule, rulesOf } from './residency';
import { CATALOG_PLACES, type Place, placeById, type RoundTrips, sitePlace } from './round-trips';
import type { Site } from './sites';

/**
 * A standby takes over its plane, so it is chosen first by how near it is to the plane (a second region of the same
 * geography) and then, with this weight, by how well it serves the plane's regions. Team's judgement.
 */
export const STANDBY_REGIONS_WEIGHT = 0.25;
/** A standby in the same metro shares its plane's outages: at least this far from it, ms (team's judgement). */
export const STANDBY_MIN_RTT_MS = 5;
/**
 * A standby among the estate's own regions is preferred by this many ms over a cloud region the team does not use
 * yet (accounts, networks and people are already there). Team's judgement.
 */
export const STANDBY_OUTSIDE_ESTATE_PENALTY_MS = 5;
/**
 * A standby with the plane's own provider is preferred by this many ms (another region of the same cloud wins over a
 * nearer region of another): rancher-backup restores onto any Kubernetes cluster, but one provider's accounts,
 * tooling, images and network are simpler to rehearse. Team's judgement.
 */
export const STANDBY_OTHER_PROVIDER_PENALTY_MS = 30;

interface StandbyContext {
  readonly sites: readonly Site[];
  readonly trips: RoundTrips;
  readonly rules: ReadonlyMap<string, JurisdictionRule>;
}

/**
 * Where a plane's warm standby goes (rancher-backup restored into a second cluster there): another metro within the
 * tolerance of the plane, inside every jurisdiction the plane must stay in and on the plane's side of mainland
 * China's border, that keeps every region the plane serves within the tolerance within it after a failover; the
 * nearest of them to the plane, then the one that serves its regions best, the estate's own regions and the plane's
 * provider first. Null where none exists
 * (an air gap, a vessel, a jurisdiction with one site): the plan says how backups are kept instead.
 */
export function findStandby(context: StandbyContext, group: PlanGroup, toleranceMs: number): string | null {
  if (group.constraint?.kind === 'air-gap') return null;
  const { sites, trips } = context;
  const plane = placeById(sites, group.planeRegionId);
  if (plane === undefined) return null;
  const rules = rulesOf(group.members, sites, context.rules);
  const candidates: Place[] = [
    ...sites.flatMap((site, index) => (site.connectivity === 'air-gapped' ? [] : [sitePlace(sites, index)])),
    ...CATALOG_PLACES.filter((place) => !sites.some((site) => site.id === place.id)),
  ];
  // The cheap part of each candidate's score first (its round trip to the plane and its penalties); the regions it
  // serves are weighed only for candidates that can still beat the best, nearest first.
  // A plane in a data centre of the team's own has no provider: the clouds the estate already uses count as its own.
  const used = new Set(sites.map((site) => site.provider));
  const ownProvider = (candidate: Place) =>
    candidate.provider === plane.provider || (plane.provider === 'custom' && used.has(candidate.provider));
  const open: { candidate: Place; order: number; bound: number }[] = [];
  candidates.forEach((candidate, order) => {
    if (!candidate.canHost || candidate.id === plane.id || candidate.mainlandChina !== plane.mainlandChina) return;
    if (!rules.every((rule) => rule.allows(candidate))) return;
    // A site of a jurisdiction whose planes manage only its own regions never hosts another group's standby.
    const home = candidate.siteIndex >= 0 ? (sites[candidate.siteIndex] as Site).jurisdiction : null;
    const homeRule = home === null ? undefined : context.rules.get(home);
    if (homeRule?.strict && !rules.includes(homeRule)) return;
    const apart = trips.betweenPlaces(candidate, plane);
    if (apart < STANDBY_MIN_RTT_MS || apart > toleranceMs) return;
    const bound =
      apart +
      (candidate.siteIndex < 0 ? STANDBY_OUTSIDE_ESTATE_PENALTY_MS : 0) +
      (ownProvider(candidate) ? 0 : STANDBY_OTHER_PROVIDER_PENALTY_MS);
    open.push({ candidate, order, bound });
  });
  open.sort((a, b) => a.bound - b.bound || a.order - b.order);
  type Scored = { id: string; score: number; order: number };
  const isBetter = (score: number, order: number, than: Scored | null) =>
    than === null || score < than.score - 1e-9 || (Math.abs(score - than.score) <= 1e-9 && order < than.order);
  let best: Scored | null = null;
  // Where every candidate would take a region past the tolerance after a failover, the best of them still beats no
  // standby at all: the plane keeps one within reach, and the ACE serves that region for the hours of a failover.
  let stranding: Scored | null = null;
  for (const { candidate, order, bound } of open) {
    if (best !== null && bound > best.score + 1e-9) break;
    let worst = 0;
    let weighted = 0;
    let weight = 0;
    let strands = false;
    for (const member of group.members) {
      const rtt = trips.between(candidate, member);
      // A region the plane serves within the tolerance should stay within it after a failover.
      if (rtt > toleranceMs && (group.rttMs[(sites[member] as Site).id] ?? 0) <= toleranceMs) strands = true;
      worst = Math.max(worst, rtt);
      weighted += rtt * (sites[member] as Site).weight;
      weight += (sites[member] as Site).weight;
    }
    const score = bound + STANDBY_REGIONS_WEIGHT * (weighted / weight + PLACEMENT_WORST_WEIGHT * worst);
    // Ties keep the earlier candidate: the estate's own regions (by id), then the catalog's order (AWS, Azure, GCP).
    if (strands) {
      if (isBetter(score, order, stranding)) stranding = { id: candidate.id, score, order };
    } else if (isBetter(score, order, best)) {
      best = { id: candidate.id, score, order };
    }
  }
  return best?.id ?? stranding?.id ?? null;
}
