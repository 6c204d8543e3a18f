// What must never be silently lost beside the draft: the person's previous answers when a colleague's link replaced
// them on screen, and edits not yet valid (a custom site without coordinates, a value out of range). Both live in the
// same storage as the draft, under keys of their own, so a reload finds them.
import type { Answers } from '../engine';
import type { DraftStorage } from './draft-storage';

/** The person's answers before a share link was opened over them, until they restore or discard them. */
export const PREVIOUS_ANSWERS_KEY = 'rancher-strategy-advisor.previous-answers';
/** The questionnaire's values while they are not yet valid, with the valid answers they were typed over. */
export const UNFINISHED_EDITS_KEY = 'rancher-strategy-advisor.unfinished-edits';

/** Edits not yet valid: the form's values as typed, and the answers in force when they were typed. */
export interface UnfinishedEdits {
  readonly base: Answers;
  readonly values: unknown;
}

function read(storage: DraftStorage | undefined, key: string): unknown {
  try {
    const text = storage?.getItem(key);
    return text ? (JSON.parse(text) as unknown) : null;
  } catch {
    return null;
  }
}

function write(storage: DraftStorage | undefined, key: string, value: unknown): void {
  try {
    if (value === null) storage?.removeItem(key);
    else storage?.setItem(key, JSON.stringify(value));
  } catch {
    // Private browsing or a full quota: the page still holds them until it is closed.
  }
}

/** The previous answers as stored (not validated: startup checks them with the schema), or null. */
export function readPreviousAnswers(storage: DraftStorage | undefined): unknown {
  return read(storage, PREVIOUS_ANSWERS_KEY);
}

/** Keeps (or, with null, forgets) the previous answers. */
export function savePreviousAnswers(storage: DraftStorage | undefined, answers: Answers | null): void {
  write(storage, PREVIOUS_ANSWERS_KEY, answers);
}

/** The unfinished edits when they were typed over exactly `answers`, else null (they belong to other answers). */
export function readUnfinishedEdits(storage: DraftStorage | undefined, answers: Answers): unknown {
  const stored = read(storage, UNFINISHED_EDITS_KEY);
  if (typeof stored !== 'object' || stored === null) return null;
  const { base, values } = stored as { base?: unknown; values?: unknown };
  if (JSON.stringify(base) !== JSON.stringify(answers)) return null;
  const looksLikeForm =
    typeof values === 'object' && values !== null && Array.isArray((values as { regions?: unknown }).regions);
  return looksLikeForm ? values : null;
}

/** Keeps (or, with null, forgets once they are valid) the edits not yet valid. */
export function saveUnfinishedEdits(storage: DraftStorage | undefined, edits: UnfinishedEdits | null): void {
  write(storage, UNFINISHED_EDITS_KEY, edits);
}
