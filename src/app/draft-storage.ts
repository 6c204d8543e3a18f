import type { Answers } from '../engine';

/** Where the draft lives in the browser's storage. */
export const DRAFT_STORAGE_KEY = 'rancher-strategy-advisor.draft';
/** Version of the stored draft's envelope; bump it and extend `migrateDraft` when the shape changes. */
export const DRAFT_VERSION = 1;

interface StoredDraftV1 {
  readonly version: 1;
  readonly answers: unknown;
}

/** The subset of Web Storage the draft needs (so tests and private modes can pass their own). */
export type DraftStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** Brings any stored envelope to the current version, or null when it is not a draft we wrote. */
function migrateDraft(stored: unknown): StoredDraftV1 | null {
  if (typeof stored !== 'object' || stored === null) return null;
  const { version } = stored as { version?: unknown };
  if (version === 1) return stored as StoredDraftV1;
  return null;
}

/**
 * The saved draft's answers as stored, not yet validated (that needs the schema, which loads on demand);
 * null when there is none or it is not a draft we wrote. Never throws.
 */
export function readStoredDraft(storage: DraftStorage | undefined): unknown {
  try {
    const text = storage?.getItem(DRAFT_STORAGE_KEY);
    if (!text) return null;
    return migrateDraft(JSON.parse(text))?.answers ?? null;
  } catch {
    return null;
  }
}

/** Saves the answers as the draft; a full or forbidden storage is not an error worth interrupting anyone for. */
export function saveDraft(storage: DraftStorage | undefined, answers: Answers): void {
  try {
    storage?.setItem(DRAFT_STORAGE_KEY, JSON.stringify({ version: DRAFT_VERSION, answers }));
  } catch {
    // Private browsing or a full quota: the answers still live in the page and its link.
  }
}

export function clearDraft(storage: DraftStorage | undefined): void {
  try {
    storage?.removeItem(DRAFT_STORAGE_KEY);
  } catch {
    // Nothing to clear where storage is forbidden.
  }
}

/** The browser's storage, or undefined where reading it throws (some privacy settings). */
export function browserStorage(): DraftStorage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}
