import { type Answers, regionDisplayName } from '../../engine';

/** A region's display name: the name given in the answers, else the catalog's, else its id. */
export function regionNamer(answers: Pick<Answers, 'regions'>): (regionId: string) => string {
  const names = new Map(answers.regions.map((region) => [region.id, regionDisplayName(region)]));
  return (regionId) => names.get(regionId) ?? regionDisplayName({ id: regionId });
}
