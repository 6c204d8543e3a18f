// Labels are laid out before anything is in the page: measuring text in the DOM would force the browser to lay out
// the whole page (docs/architecture.md), so widths are estimated from the characters.

/** CJK ideographs, Hangul and full-width forms ("中心枢纽："): about as wide as the font is high. */
export const WIDE_CHARACTERS = '\\u2e80-\\u9fff\\uac00-\\ud7af\\uff00-\\uffef';
const WIDE_CHARACTER = new RegExp(`[${WIDE_CHARACTERS}]`);

/** Average advance of any other character as a share of the font size (system UI fonts measure 0.5 to 0.6). */
export const LATIN_CHARACTER_EM = 0.6;

/** An estimate of `text`'s width in px at `fontPx`; `latinEm` overrides the advance of non-wide characters. */
export function estimateTextWidthPx(text: string, fontPx: number, latinEm = LATIN_CHARACTER_EM): number {
  let ems = 0;
  for (const character of text) ems += WIDE_CHARACTER.test(character) ? 1 : latinEm;
  return ems * fontPx;
}
