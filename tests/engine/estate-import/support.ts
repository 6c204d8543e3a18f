import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  type EstateImport,
  type FoundCluster,
  groupByRegion,
  type ImportedRegion,
  importEstate,
  importMessagesFor,
  type Placements,
  type SourceText,
} from '../../../src/engine/estate-import';
import { jsonSyntaxErrorOffset } from '../../../src/share/json-syntax';

/** As the app and the command line read: with the syntax scan that names where broken JSON breaks. */
const READ = { locateJsonError: jsonSyntaxErrorOffset };

const fixtures = fileURLToPath(new URL('./fixtures/', import.meta.url));

/** A fixture as a source named by its file name. */
export const fixture = (name: string): SourceText => ({ name, text: readFileSync(fixtures + name, 'utf8') });

/** Imports sources that must be readable; fails the test with the problems in words otherwise. */
export function imported(...sources: SourceText[]): EstateImport {
  const result = importEstate(sources, READ);
  if (!result.ok) throw new Error(result.problems.map(importMessagesFor('en').problem).join('\n'));
  return result.value;
}

/** Region id to what a person would check: clusters, nodes (known, and clusters without a count) and kinds. */
export function regionsOf(estate: EstateImport, placements?: Placements): Record<string, Omit<ImportedRegion, 'id'>> {
  return Object.fromEntries(groupByRegion(estate, placements).regions.map(({ id, ...rest }) => [id, rest]));
}

/** The clusters left to place, by name, with why in English. */
export function unplacedOf(estate: EstateImport): Record<string, string> {
  const words = importMessagesFor('en');
  return Object.fromEntries(
    groupByRegion(estate).unplaced.map((cluster: FoundCluster) => [cluster.name, words.whyUnplaced(cluster)]),
  );
}

/** The problems of sources that must not be readable, in English. */
export function problemsOf(...sources: SourceText[]): string[] {
  const result = importEstate(sources, READ);
  if (result.ok) throw new Error('expected the import to fail');
  return result.problems.map(importMessagesFor('en').problem);
}
