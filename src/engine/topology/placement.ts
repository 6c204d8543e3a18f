import type { Provider } from '../regions/catalog';
import type { Place, RoundTrips } from './round-trips';
import { compareIds, type Site } from './sites';

/**
 * Where a plane goes: the place with the lowest cluster-weighted mean round trip to the regions it serves, plus this
 * share of its worst round trip, so a place that suits most clusters but strands one region far away loses to a
 * slightly more central one. Team's judgement.
 */
export const PLACEMENT_WORST_WEIGHT = 0.25;

/**
 * Places that serve the regions within this many ms of the best placement share the factors' round trips, weighted by
 * e^(−difference / this): where two places serve the clusters about equally well, one more cluster cannot swing the
 * result from one to the other. Team's judgement; the plan names the single best place.
 */
export const PLACEMENT_BLEND_MS = 4;
/**
 * Where no region of the answers may host a plane (stores, factories), it goes to a catalog region: one of a provider
 * the estate already uses is preferred by this many ms of objective over a nearer one of another provider (the team's
 * accounts, network, images and people are already there). Team's judgement, the same as for a standby.
 */
export const PLACEMENT_OTHER_PROVIDER_PENALTY_MS = 30;
/**
 * Where the estate uses no cloud provider at all (only its own sites), the clouds a plane outside mainland China is
 * put in first, with the same preference: those most Rancher estates run on, whose regions come in pairs for a
 * standby. Inside mainland China every catalog provider is as usual as another. Team's judgement.
 */
export const USUAL_PROVIDERS: ReadonlySet<Provider> = new Set<Provider>(['aws', 'azure', 'gcp']);
/** Places beyond this many blend widths from the best one get no share (their weight would be under 5%). */
const PLACEMENT_BLEND_CUTOFF = 3;
/**
 * At most this many places share the round trips. In a dense estate (Europe's thirty regions) dozens of sites serve
 * the clusters about equally well and alike; the closest three carry the blend, and the rest would only add work.
 */
const PLACEMENT_BLEND_MAX_PLACES = 3;

export interface Placement {
  readonly place: Place;
  /** Round trip from the chosen place to each member, in member order, ms. */
  readonly rttMs: readonly number[];
  readonly worstRttMs: number;
  /** The equally good places (see PLACEMENT_BLEND_MS): each one's weight and round trip to each member. */
  readonly blend: readonly { readonly weight: number; readonly rttMs: readonly number[] }[];
}

interface Scored {
  readonly place: Place;
  readonly objective: number;
  readonly rtts: number[];
  readonly worst: number;
}

/**
 * The placement objective of one place for `members`: cluster-weighted mean round trip plus a share of the worst,
 * plus the place's `penaltyMs` (a provider the estate does not use).
 */
export function scorePlace(
  place: Place,
  members: readonly number[],
  sites: readonly Site[],
  trips: RoundTrips,
  penaltyMs = 0,
): Scored {
  let totalWeight = 0;
  let weighted = 0;
  let worst = 0;
  const rtts = trips.fromPlace(place, members);
  for (let i = 0; i < members.length; i++) {
    const rtt = rtts[i] as number;
    const weight = (sites[members[i] as number] as Site).weight;
    totalWeight += weight;
    weighted += rtt * weight;
    if (rtt > worst) worst = rtt;
  }
  return { place, objective: weighted / totalWeight + PLACEMENT_WORST_WEIGHT * worst + penaltyMs, rtts, worst };
}

/**
 * Places one plane for `members` among `places`; a pin, when given, is taken as it is. `penaltyMs` adds to a place's
 * objective (see PLACEMENT_OTHER_PROVIDER_PENALTY_MS).
 */
export function placePlane(
  members: readonly number[],
  places: readonly Place[],
  sites: readonly Site[],
  trips: RoundTrips,
  pin?: Place,
  penaltyMs?: (place: Place) => number,
): Placement {
  if (pin) {
    const scored = scorePlace(pin, members, sites, trips);
    return { place: pin, rttMs: scored.rtts, worstRttMs: scored.worst, blend: [{ weight: 1, rttMs: scored.rtts }] };
  }
  const scored = places.map((place) => scorePlace(place, members, sites, trips, penaltyMs?.(place) ?? 0));
  let best = scored[0] as Scored;
  // Ties go to the lower id, so the plan never depends on the order of the answers.
  for (const entry of scored) {
    if (
      entry.objective < best.objective - 1e-9 ||
      (Math.abs(entry.objective - best.objective) <= 1e-9 && compareIds(entry.place.id, best.place.id) < 0)
    ) {
      best = entry;
    }
  }
  const close = scored
    .map((entry) => ({ entry, gap: entry.objective - best.objective }))
    .filter(({ gap }) => gap <= PLACEMENT_BLEND_CUTOFF * PLACEMENT_BLEND_MS)
    .sort((a, b) => a.gap - b.gap || compareIds(a.entry.place.id, b.entry.place.id))
    .slice(0, PLACEMENT_BLEND_MAX_PLACES);
  const weights = close.map(({ gap }) => Math.exp(-Math.max(0, gap) / PLACEMENT_BLEND_MS));
  const totalWeight = weights.reduce((sum, weight) => sum + weight, 0);
  return {
    place: best.place,
    rttMs: best.rtts,
    worstRttMs: best.worst,
    blend: close.map(({ entry }, i) => ({ weight: (weights[i] as number) / totalWeight, rttMs: entry.rtts })),
  };
}
