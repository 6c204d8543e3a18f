import { MAINLAND_CHINA_JURISDICTION_ID } from '../answer-limits';
import type { Answers } from '../answers';
import type { Provider } from '../regions/catalog';
import { isCountryCode } from '../regions/countries';
import { PLACEMENT_OTHER_PROVIDER_PENALTY_MS, USUAL_PROVIDERS } from './placement';
import { CATALOG_PLACES, type Place, placeById, sitePlace } from './round-trips';
import { compareIds, type Site } from './sites';

/** Why a set of regions has a plane of its own under both strategies: a hard constraint, not a score. */
export type PlaneConstraint =
  | { readonly kind: 'jurisdiction'; readonly jurisdictionId: string }
  | { readonly kind: 'air-gap' };

/** What a jurisdiction of the answers (or mainland China's implicit one) asks of the planes that manage it. */
export interface JurisdictionRule {
  readonly id: string;
  /** Its regions are managed only from a plane inside it (`keepManagementInside`, true unless said otherwise). */
  readonly contained: boolean;
  /** Its planes manage only its regions as well (`planesManageOnlyInside`; mainland China's implicit one always). */
  readonly strict: boolean;
  /** Where its planes may run: a place allowed here is inside it. */
  readonly allows: (place: Place) => boolean;
}

/**
 * The rule of each jurisdiction the regions name. Where a plane may run: the jurisdiction's `allowedLocations`
 * (countries by ISO code, catalog ids, ids of the answers' own sites) when given; else mainland China for
 * `cn-mainland`; else its own regions and the countries they lie in.
 */
export function jurisdictionRules(answers: Answers, sites: readonly Site[]): ReadonlyMap<string, JurisdictionRule> {
  const declared = new Map((answers.jurisdictions ?? []).map((jurisdiction) => [jurisdiction.id, jurisdiction]));
  const rules = new Map<string, JurisdictionRule>();
  for (const site of sites) {
    const id = site.jurisdiction;
    if (id === null || rules.has(id)) continue;
    const members = sites.filter((candidate) => candidate.jurisdiction === id);
    const jurisdiction = declared.get(id);
    const locations = jurisdiction?.allowedLocations;
    let allows: (place: Place) => boolean;
    if (locations !== undefined) {
      const countries = new Set(locations.filter(isCountryCode));
      const ids = new Set(locations.filter((location) => !isCountryCode(location)));
      allows = (place) => ids.has(place.id) || (place.country !== null && countries.has(place.country));
    } else if (id === MAINLAND_CHINA_JURISDICTION_ID) {
      allows = (place) => place.mainlandChina;
    } else {
      const memberIds = new Set(members.map((member) => member.id));
      const countries = new Set(members.flatMap((member) => (member.country === null ? [] : [member.country])));
      allows = (place) => memberIds.has(place.id) || (place.country !== null && countries.has(place.country));
    }
    const implicitChina = jurisdiction === undefined && id === MAINLAND_CHINA_JURISDICTION_ID;
    rules.set(id, {
      id,
      contained: implicitChina || jurisdiction?.keepManagementInside !== false,
      strict:
        implicitChina ||
        (jurisdiction?.keepManagementInside !== false && jurisdiction?.planesManageOnlyInside === true),
      allows,
    });
  }
  return rules;
}

/** A set of regions whose planes are laid out together: the open estate, a jurisdiction, an air gap. */
export interface Partition {
  readonly members: readonly number[];
  /** Set when a hard constraint gives these regions planes of their own. */
  readonly constraint?: PlaneConstraint;
}

export interface Partitioning {
  readonly partitions: readonly Partition[];
  /** The partition the pinned hub serves, if the pin is allowed to serve any. */
  readonly pinnedPartition: number | null;
  /** The pin, when no partition may be managed from it (it lies outside every jurisdiction it would manage). */
  readonly rejectedPin: Place | null;
}

/** The rules a set of regions must obey: those of their jurisdictions that keep management inside. */
export function rulesOf(
  members: readonly number[],
  sites: readonly Site[],
  rules: ReadonlyMap<string, JurisdictionRule>,
): JurisdictionRule[] {
  const found = new Map<string, JurisdictionRule>();
  for (const member of members) {
    const id = (sites[member] as Site).jurisdiction;
    const rule = id === null ? undefined : rules.get(id);
    if (rule?.contained) found.set(rule.id, rule);
  }
  return [...found.values()];
}

const allowedByAll = (rules: readonly JurisdictionRule[], place: Place) => rules.every((rule) => rule.allows(place));

/**
 * Hub & Spoke's partitions. Each air-gapped site alone; each strict jurisdiction (and mainland China) alone; then one
 * central partition of the open regions with every one-way jurisdiction whose planes may share a place with it (the
 * pin's first, else the largest first); the one-way jurisdictions left over alone. One-way residency means a
 * jurisdiction's regions are managed from inside it, while its plane may manage regions outside too.
 */
export function partitionSites(
  answers: Answers,
  sites: readonly Site[],
  rules: ReadonlyMap<string, JurisdictionRule>,
): Partitioning {
  const partitions: Partition[] = [];
  const open: number[] = [];
  const byRule = new Map<string, number[]>();
  sites.forEach((site, index) => {
    if (site.connectivity === 'air-gapped') {
      partitions.push({ members: [index], constraint: { kind: 'air-gap' } });
      return;
    }
    const rule = site.jurisdiction === null ? undefined : rules.get(site.jurisdiction);
    if (!rule?.contained) {
      open.push(index);
      return;
    }
    const members = byRule.get(rule.id) ?? [];
    members.push(index);
    byRule.set(rule.id, members);
  });
  const weightOf = (members: readonly number[]) => members.reduce((sum, i) => sum + (sites[i] as Site).weight, 0);
  const pin = answers.hub === undefined ? undefined : placeById(sites, answers.hub.regionId);
  const hostable = sites.flatMap((site, index) =>
    site.connectivity === 'air-gapped' ? [] : [sitePlace(sites, index)],
  );
  const places = [
    ...hostable.filter((place) => place.canHost),
    ...CATALOG_PLACES.filter((place) => !sites.some((site) => site.id === place.id)),
  ];

  const ruleEntries = [...byRule].sort((a, b) => compareIds(a[0], b[0]));
  const strict = ruleEntries.filter(([id]) => rules.get(id)?.strict);
  const oneWay = ruleEntries
    .filter(([id]) => !rules.get(id)?.strict)
    .sort((a, b) => {
      const pinned = (id: string) => (pin && rules.get(id)?.allows(pin) ? 1 : 0);
      return pinned(b[0]) - pinned(a[0]) || weightOf(b[1]) - weightOf(a[1]) || compareIds(a[0], b[0]);
    });

  // The central partition takes each one-way jurisdiction in turn while one place may still host a plane for all;
  // with a pin the open regions are managed from, only while the pin is that place (the others get hubs inside).
  const joined: JurisdictionRule[] = [];
  const central = [...open];
  const leftOver: [string, number[]][] = [];
  const pinFixesCentre = pin !== undefined && open.length > 0;
  for (const [id, members] of oneWay) {
    const rule = rules.get(id) as JurisdictionRule;
    const together = [...joined, rule];
    const shared = pinFixesCentre
      ? allowedByAll(together, pin)
      : (central.length === 0 && joined.length === 0) || places.some((place) => allowedByAll(together, place));
    if (shared) {
      joined.push(rule);
      central.push(...members);
    } else {
      leftOver.push([id, members]);
    }
  }
  if (central.length > 0) partitions.push({ members: central.sort((a, b) => a - b) });
  for (const [jurisdictionId, members] of [...leftOver, ...strict]) {
    partitions.push({ members, constraint: { kind: 'jurisdiction', jurisdictionId } });
  }

  if (pin === undefined) return { partitions, pinnedPartition: null, rejectedPin: null };
  // The pin serves the partition that holds it, else the first one whose rules allow it (the central one first).
  // A pin in mainland China serves only mainland China's regions (its planes manage nothing outside).
  const allowedIn = (partition: Partition) =>
    pin.canHost &&
    partition.constraint?.kind !== 'air-gap' &&
    (!pin.mainlandChina || partition.members.every((member) => (sites[member] as Site).mainlandChina)) &&
    allowedByAll(rulesOf(partition.members, sites, rules), pin);
  const holding = partitions.findIndex((partition) => pin.siteIndex >= 0 && partition.members.includes(pin.siteIndex));
  const order = [holding, ...partitions.map((_, index) => index)].filter((index) => index >= 0);
  const pinnedPartition = order.find((index) => allowedIn(partitions[index] as Partition)) ?? null;
  return { partitions, pinnedPartition, rejectedPin: pinnedPartition === null ? pin : null };
}

/** Where a plane may sit, and what a place costs beyond its round trips. */
export interface CandidatePlaces {
  readonly places: readonly Place[];
  /** False when no place inside the jurisdiction is known: the plane is drawn at its regions. */
  readonly insideKnown: boolean;
  /** Added to a place's placement objective: a catalog region of a provider the estate does not use. */
  readonly penaltyMs?: (place: Place) => number;
}

/**
 * Where the plane of a set of regions may sit: its own sites that may host a plane and lie inside every jurisdiction
 * it must stay in; else the catalog regions that do (on the right side of mainland China's border), those of the
 * estate's own providers first (PLACEMENT_OTHER_PROVIDER_PENALTY_MS; USUAL_PROVIDERS where it uses none); else, inside an
 * air gap or where no such place is known, the regions themselves (the plan then asks for a site inside).
 */
export function candidatePlaces(
  members: readonly number[],
  partition: Partition,
  sites: readonly Site[],
  rules: ReadonlyMap<string, JurisdictionRule>,
): CandidatePlaces {
  const own = members.map((member) => sitePlace(sites, member));
  if (partition.constraint?.kind === 'air-gap') return { places: own, insideKnown: true };
  const memberRules = rulesOf(members, sites, rules);
  const capable = own.filter((place) => place.canHost && allowedByAll(memberRules, place));
  if (capable.length > 0) return { places: capable, insideKnown: true };
  const inChina = members.some((member) => (sites[member] as Site).mainlandChina);
  // A catalog region that is one of the answers' regions is what the answers say of it (an intermittent link, say).
  const catalog = CATALOG_PLACES.filter(
    (place) =>
      !sites.some((site) => site.id === place.id) &&
      allowedByAll(memberRules, place) &&
      (memberRules.length > 0 || place.mainlandChina === inChina),
  );
  if (catalog.length > 0) {
    const used = new Set(sites.flatMap((site) => (site.provider === 'custom' ? [] : [site.provider])));
    const usual = (place: Place) =>
      used.size === 0
        ? place.mainlandChina || USUAL_PROVIDERS.has(place.provider as Provider)
        : used.has(place.provider as Provider);
    const penaltyMs = (place: Place) => (usual(place) ? 0 : PLACEMENT_OTHER_PROVIDER_PENALTY_MS);
    return { places: catalog, insideKnown: true, penaltyMs };
  }
  const hostable = own.filter((place) => place.canHost);
  return { places: hostable.length > 0 ? hostable : own, insideKnown: false };
}
