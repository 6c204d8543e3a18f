import { type Place, placeById, type Site } from '../topology';
import { PIN_COST_NAMED_REGIONS, PIN_COST_NOTABLE_MS } from '../weights';
import type { PlanContext, PlanItem } from './context';

/**
 * What a pinned hub costs (Hub & Spoke only, where the pin applies): its round trips (cluster-weighted and worst)
 * against the best site's,
 * the round trips it adds region by region (farthest first), and the one-way jurisdictions it lies outside, whose
 * regions a plane inside them manages while the pinned hub keeps the rest.
 */
export function pinnedHubStep(context: PlanContext): PlanItem | null {
  const { topology, groups, nameOf, strategy } = context;
  const pinned = topology.hub.pinned;
  if (strategy !== 'hub-and-spoke' || pinned === undefined) return null;
  const main = groups.find((group) => group.planeRegionId === topology.hub.regionId);
  const pin = placeById(topology.sites, topology.hub.regionId);
  const best = placeById(topology.sites, pinned.bestRegionId);
  if (main === undefined || pin === undefined || best === undefined) return null;

  const costs = main.members
    .map((member) => ({
      member,
      addedMs: topology.trips.between(pin, member) - topology.trips.between(best, member),
    }))
    .filter((cost) => cost.addedMs >= PIN_COST_NOTABLE_MS)
    .sort((a, b) => b.addedMs - a.addedMs || a.member - b.member)
    .map(({ member, addedMs }) => {
      const site = topology.sites[member] as Site;
      return { region: nameOf(site.id), clusters: site.clusters, addedMs };
    });
  const named = costs.slice(0, PIN_COST_NAMED_REGIONS);
  // Both places measured on the same regions, the pinned hub's: the best site is the least cluster-weighted round
  // trip, so the pin's worst alone may well be lower and would read as if the pin were better.
  const managed = main.members.map((member) => topology.sites[member] as Site);
  const clusters = managed.reduce((sum, site) => sum + site.clusters, 0);
  const meanFrom = (place: Place) =>
    clusters === 0
      ? 0
      : main.members.reduce(
          (sum, member) => sum + topology.trips.between(place, member) * (topology.sites[member] as Site).clusters,
          0,
        ) / clusters;
  const worstFrom = (place: Place) =>
    Math.max(0, ...main.members.map((member) => topology.trips.between(place, member)));
  const rest = costs.slice(PIN_COST_NAMED_REGIONS);

  // One-way jurisdictions whose regions the pin may not manage: a plane inside each does, the pin keeps the rest.
  const outside = [...topology.rules.values()]
    .filter((rule) => rule.contained && !rule.strict && !rule.allows(pin))
    .flatMap((rule) => {
      const planes = groups.filter((group) =>
        group.members.some((member) => topology.sites[member]?.jurisdiction === rule.id),
      );
      return planes.length === 0
        ? []
        : [{ jurisdiction: context.jurisdictionName(rule.id), planes: planes.map((g) => nameOf(g.planeRegionId)) }];
    });
  if (pinned.bestRegionId === topology.hub.regionId && outside.length === 0) return null;

  return {
    id: 'pinned-hub',
    text: context.messages.plan.pinnedHub({
      pinned: nameOf(topology.hub.regionId),
      meanMs: meanFrom(pin),
      worstMs: worstFrom(pin),
      best: pinned.bestRegionId === topology.hub.regionId ? null : nameOf(pinned.bestRegionId),
      bestMeanMs: meanFrom(best),
      bestWorstMs: worstFrom(best),
      costs: named,
      more:
        rest.length === 0
          ? null
          : {
              regions: rest.length,
              clusters: rest.reduce((sum, cost) => sum + cost.clusters, 0),
              upToMs: rest[0]?.addedMs ?? 0,
            },
      outside,
    }),
    sources: ['hub-con-latency'],
  };
}
