import type { Answers } from '../../engine';

/** What the last import changed, and the answers before it (to undo to). */
export interface AppliedImport {
  readonly previous: Answers;
  readonly applied: Answers;
  readonly added: number;
  readonly changed: number;
  readonly removed: number;
}

/** What the launcher says after an import: what it applied (to undo), or that it was undone. */
export type ImportOutcome = { readonly kind: 'applied'; readonly applied: AppliedImport } | { readonly kind: 'undone' };
