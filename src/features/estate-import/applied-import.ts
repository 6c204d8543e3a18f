import type { Answers } from '../../engine';

/** What the last import changed, and the answers before it (to undo to). */
export interface AppliedImport {
  readonly previous: Answers;
  readonly applied: Answers;
  readonly added: number;
  readonly changed: number;
  readonly removed: number;
}
