import type { Answers, Locale, Recommendation } from '../../engine';
import { recommend } from '../../engine';
import type { ComparedLink } from '../../share/compare-link';

/** One version that could be read, with its recommendation. */
export interface ReadableVersion {
  readonly position: number;
  readonly payload: string;
  readonly label: string;
  readonly answers: Answers;
  readonly recommendation: Recommendation;
}

/** A version left out because an earlier one gives the same answers. */
export interface MergedVersion {
  readonly label: string;
  readonly sameAs: string;
}

/**
 * The versions that could be read, each once: a version whose answers equal an earlier one's (the same link pasted
 * twice, the current answers added beside their own link) is merged into it, and said so.
 */
export function readVersions(
  links: readonly ComparedLink[],
  locale: Locale,
  labelOf: (answers: Answers, position: number) => string,
): { readonly versions: readonly ReadableVersion[]; readonly merged: readonly MergedVersion[] } {
  const versions: ReadableVersion[] = [];
  const merged: MergedVersion[] = [];
  const seen = new Map<string, ReadableVersion>();
  for (const link of links) {
    if (!link.result.ok) continue;
    const answers = link.result.value;
    const label = labelOf(answers, link.position);
    const key = JSON.stringify(answers);
    const earlier = seen.get(key);
    if (earlier) {
      merged.push({ label, sameAs: earlier.label });
      continue;
    }
    const version = {
      position: link.position,
      payload: link.payload,
      label,
      answers,
      recommendation: recommend(answers, { locale }),
    };
    seen.set(key, version);
    versions.push(version);
  }
  return { versions, merged };
}
