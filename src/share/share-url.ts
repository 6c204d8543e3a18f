/**
 * Writing share links: answers -> the text after `#` in the advisor's URL (reading them back is share-link.ts).
 * Apart from reading, so the page can write its link without loading the answers schema (zod), which only
 * reading needs: the result shows and updates the link from the first load, and the schema's start-up
 * (30-60 ms here) waits until something must be validated.
 */
import type { Answers } from '../engine';
import { encodeBodyV3 } from './body-v3';
import { sealBody } from './frame';

/** The link version encodeAnswers writes. */
export const SHARE_LINK_VERSION = 3;

/** The fragment payload (no leading '#') for these answers: same answers, same payload; region order kept. */
export function encodeAnswers(answers: Answers): string {
  return sealBody(SHARE_LINK_VERSION, encodeBodyV3(answers));
}

/** Full link: base URL (its own fragment dropped) + '#' + payload. */
export function buildShareUrl(answers: Answers, baseUrl: string): string {
  const fragmentStart = baseUrl.indexOf('#');
  const base = fragmentStart === -1 ? baseUrl : baseUrl.slice(0, fragmentStart);
  return `${base}#${encodeAnswers(answers)}`;
}
