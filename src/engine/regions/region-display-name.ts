// A region's name wherever one is shown, in a module of its own: the first page load names regions (the
// questionnaire) and must not pull in the rest of region-names.ts (the Chinese place names).
import { withoutBidiControls } from '../safe-text';
import { findCatalogRegion } from './catalog';

/**
 * A region's display name: the name the answers give it, else the catalog's, else its id. Pass `{ id }` for a place
 * that is not among the answers' regions (a pinned hub in a catalog region).
 */
export function regionDisplayName(region: { readonly id: string; readonly name?: string | undefined }): string {
  // Without bidi controls: an override in a name would reverse the text after it wherever the name is shown.
  return withoutBidiControls(region.name ?? findCatalogRegion(region.id)?.name ?? region.id);
}
