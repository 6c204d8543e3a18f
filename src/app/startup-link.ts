import { type Answers, parseAnswers } from '../engine';
import { readShareHash } from '../share';
import { IN_PAGE_ANCHORS, type Startup, type StartupSource } from './startup';

/** The stored draft if it is still a valid answers document (an old or edited one is dropped, not trusted). */
export function validateDraft(stored: unknown): Answers | null {
  if (stored === null || stored === undefined) return null;
  const result = parseAnswers(stored);
  return result.ok ? result.value : null;
}

/**
 * What the app opens with: a share link's answers when the address has a valid one; otherwise the saved
 * draft, then the example. A damaged link never replaces the draft: the draft is shown, with the reason. When
 * `addressIsStale` (this tab changed the answers and reloaded before the address caught up), the draft is newer
 * than the link in the address and is opened instead.
 */
export function resolveStartup(hash: string, storedDraft: unknown, example: Answers, addressIsStale = false): Startup {
  const draft = validateDraft(storedDraft);
  if (draft && addressIsStale) return { answers: draft, source: 'draft', linkError: null };
  const fallback = draft ?? example;
  const fallbackSource: StartupSource = draft ? 'draft' : 'example';
  const fragment = hash.replace(/^#/, '');
  if (fragment === '' || IN_PAGE_ANCHORS.has(fragment)) {
    return { answers: fallback, source: fallbackSource, linkError: null };
  }
  const decoded = readShareHash(fragment);
  if (decoded === null) return { answers: fallback, source: fallbackSource, linkError: null };
  if (decoded.ok) return { answers: decoded.value, source: 'link', linkError: null };
  return { answers: fallback, source: fallbackSource, linkError: decoded.error };
}
