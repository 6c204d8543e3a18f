import type { ResultMessages } from '../../components/i18n';
import type { PlaneView } from '../../engine';

/**
 * A plane in a few words with what it serves, for captions and legends: "Frankfurt data centre for European
 * Union", "Secure lab inside its air gap", "N. Virginia for the rest", or the only hub's full name.
 */
export function describePlane(plane: PlaneView, r: ResultMessages): string {
  const c = r.charts;
  const serves = plane.area ?? plane.jurisdiction;
  if (plane.reason === 'air-gap') return c.hubInAirGap(plane.place);
  if (serves) return c.hubServing(plane.place, serves);
  if (plane.reason === 'rest') return c.hubForTheRest(plane.place);
  // The only hub: its full name, as nothing else competes for the room.
  return plane.name;
}
