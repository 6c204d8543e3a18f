import { placeById, type Site } from '../topology';
import { type PlanContext, type PlanItem, planeName } from './context';

/** Steps the hard constraints ask for: jurisdictions managed from inside, air gaps, mainland China. */
export function constraintSteps(context: PlanContext): PlanItem[] {
  const { topology, messages, groups, nameOf } = context;
  const text = messages.plan;
  const items: PlanItem[] = [];

  const contained = [...topology.rules.values()].filter(
    (rule) => rule.contained && topology.sites.some((site) => site.jurisdiction === rule.id),
  );
  if (contained.length > 0) {
    const jurisdictions = contained.map((rule) => ({
      name: context.jurisdictionName(rule.id),
      planes: [
        ...new Set(
          groups
            .filter((group) => group.members.some((member) => topology.sites[member]?.jurisdiction === rule.id))
            .map((group) => planeName(context, group).plane),
        ),
      ],
    }));
    items.push({ id: 'jurisdiction-hubs', text: text.jurisdictionHubs({ jurisdictions }), sources: ['rancher-ace'] });
  }
  if (topology.rejectedPinId !== null) {
    const pin = placeById(topology.sites, topology.rejectedPinId);
    const refusing = contained.filter((rule) => pin !== undefined && !rule.allows(pin));
    items.push({
      id: 'pinned-outside-jurisdiction',
      text: text.pinnedOutsideJurisdiction({
        pinned: nameOf(topology.rejectedPinId),
        jurisdictions: refusing.map((rule) => context.jurisdictionName(rule.id)),
        hub: nameOf(topology.hub.regionId),
      }),
      sources: ['rancher-ace'],
    });
  }
  for (const group of groups.filter((candidate) => !candidate.insideKnown)) {
    const id = group.constraint?.kind === 'jurisdiction' ? group.constraint.jurisdictionId : null;
    const jurisdiction = id ?? topology.sites[group.members[0] ?? 0]?.jurisdiction ?? null;
    if (jurisdiction === null) continue;
    items.push({
      id: 'jurisdiction-needs-site',
      text: text.jurisdictionNeedsSite({ jurisdiction: context.jurisdictionName(jurisdiction) }),
      sources: ['rancher-tips-running'],
    });
  }
  const airGapped = groups.filter((group) => group.constraint?.kind === 'air-gap');
  if (airGapped.length > 0) {
    items.push({
      id: 'air-gap-planes',
      text: text.airGapPlanes({ sites: airGapped.flatMap((group) => group.regionIds.map(nameOf)) }),
      sources: ['rancher-air-gap'],
    });
  }

  const planeInChina = (planeId: string) => placeById(topology.sites, planeId)?.mainlandChina === true;
  const crossBorder = groups.flatMap((group) =>
    planeInChina(group.planeRegionId)
      ? []
      : group.members.flatMap((member) => {
          const site = topology.sites[member] as Site;
          return site.mainlandChina ? [nameOf(site.id)] : [];
        }),
  );
  if (crossBorder.length > 0) {
    items.push({ id: 'cross-border', text: text.crossBorder({ regions: crossBorder }), sources: ['rancher-ace'] });
  }
  const chinaPlanes = groups.filter((group) => planeInChina(group.planeRegionId));
  if (chinaPlanes.length > 0) {
    items.push({
      id: 'china-operations',
      text: text.chinaOperations({ planes: chinaPlanes.map((group) => nameOf(group.planeRegionId)) }),
      sources: ['aws-china-accounts', 'china-icp', 'rancher-air-gap'],
    });
  }
  return items;
}
