import { type Answers, parseAnswers } from '../engine';
import { readShareHash } from '../share/share-link';
import { linkInHash, type Startup, type StartupSource } from './startup';

/** The stored draft if it is still a valid answers document (an old or edited one is dropped, not trusted). */
export function validateDraft(stored: unknown): Answers | null {
  if (stored === null || stored === undefined) return null;
  const result = parseAnswers(stored);
  return result.ok ? result.value : null;
}

/**
 * What the app opens with: a share link's answers when the address has a valid one; otherwise the saved
 * draft, then the example. A damaged link never replaces the draft: the draft is shown, with the reason.
 * `unwritten` are answers this tab changed to under this very address before a reload cut the address's update
 * short (see url-sync): newer than the address's link, so they come first when valid.
 */
export function resolveStartup(
  hash: string,
  storedDraft: unknown,
  example: Answers,
  unwritten: unknown = null,
  storedPrevious: unknown = null,
): Startup {
  const start = resolveAnswers(hash, storedDraft, example, unwritten);
  // The person's answers a link replaced stay recoverable: the draft it was opened over, or ones kept before.
  const shown = JSON.stringify(start.answers);
  const candidates = [start.source === 'link' ? validateDraft(storedDraft) : null, validateDraft(storedPrevious)];
  const kept = candidates.find((answers) => answers !== null && JSON.stringify(answers) !== shown);
  return kept ? { ...start, keptAnswers: kept } : start;
}

function resolveAnswers(hash: string, storedDraft: unknown, example: Answers, unwritten: unknown): Startup {
  const newest = validateDraft(unwritten);
  if (newest) return { answers: newest, source: 'draft', linkError: null };
  const draft = validateDraft(storedDraft);
  const fallback = draft ?? example;
  const fallbackSource: StartupSource = draft ? 'draft' : 'example';
  const fragment = linkInHash(hash);
  if (fragment === null) return { answers: fallback, source: fallbackSource, linkError: null };
  const decoded = readShareHash(fragment);
  if (decoded === null) return { answers: fallback, source: fallbackSource, linkError: null };
  if (decoded.ok) return { answers: decoded.value, source: 'link', linkError: null };
  return { answers: fallback, source: fallbackSource, linkError: decoded.error };
}
