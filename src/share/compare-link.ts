/**
 * Reading several share links for the compare view: pasted text or a compare fragment -> each version's answers
 * or the reason it cannot be read. One damaged link never stops the others. Pure, like the rest of src/share.
 */
import {
  buildCompareFragment,
  type CompareFragment,
  MAX_COMPARED_VERSIONS,
  splitCompareFragment,
} from './compare-fragment';
import { type DecodeResult, decodeAnswers } from './share-link';

/** One link of a comparison, as read. */
export interface ComparedLink {
  /** 1-based position among the compared links: how the person finds a damaged one. */
  readonly position: number;
  /** The payload as given (without '#' or address). */
  readonly payload: string;
  readonly result: DecodeResult;
}

/** Chat apps and some editors escape "~" in a pasted address; it is the compare separator, never a payload character. */
const ENCODED_SEPARATOR = /%7e/gi;

/**
 * The payloads in pasted text: any mix of full addresses, bare fragments (`#v1…`) and payloads (`v1…`), separated
 * by whitespace or on lines of their own. A pasted compare link adds each of its payloads.
 */
export function readPastedLinks(text: string): string[] {
  const payloads: string[] = [];
  for (const word of text.replace(ENCODED_SEPARATOR, '~').split(/\s+/)) {
    if (word === '') continue;
    const hash = word.indexOf('#');
    const fragment = hash === -1 ? word : word.slice(hash + 1);
    const compare = splitCompareFragment(fragment);
    if (compare) payloads.push(...compare.payloads);
    else payloads.push(fragment);
  }
  return payloads;
}

/** Decodes each payload on its own (migrating older link versions), numbered from 1 in the order given. */
export function decodeComparedLinks(payloads: readonly string[]): ComparedLink[] {
  return payloads.map((payload, index) => ({ position: index + 1, payload, result: decodeAnswers(payload) }));
}

export interface ComparedHash extends Pick<CompareFragment, 'leftOut'> {
  readonly links: readonly ComparedLink[];
}

/** Reads a compare link's `location.hash` (with or without '#'); null when it is not a compare link. */
export function readCompareHash(hash: string): ComparedHash | null {
  const split = splitCompareFragment(hash.startsWith('#') ? hash.slice(1) : hash);
  return split === null ? null : { links: decodeComparedLinks(split.payloads), leftOut: split.leftOut };
}

/** The full compare link: base URL (its own fragment dropped) + '#compare~…'. */
export function buildCompareUrl(payloads: readonly string[], baseUrl: string): string {
  const fragmentStart = baseUrl.indexOf('#');
  const base = fragmentStart === -1 ? baseUrl : baseUrl.slice(0, fragmentStart);
  return `${base}#${buildCompareFragment(payloads.slice(0, MAX_COMPARED_VERSIONS))}`;
}
