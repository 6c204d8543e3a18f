/**
 * How text and numbers are written inside a share link body. Everything is drawn from
 * `A-Z a-z 0-9 - . _`: characters that URLs never percent-encode and chat apps keep inside a link.
 * Capital letters are reserved for field tags, so field values use only `a-z 0-9 - . _`.
 */

/** Every character a share link payload may hold. */
export const LINK_ALPHABET = /^[A-Za-z0-9._-]*$/;

/** Characters written as themselves inside text. */
const LITERAL_CHAR = /^[a-z0-9.-]$/;
const CAPITAL_LETTER = /^[A-Z]$/;
const LOWERCASE_LETTER = /^[a-z]$/;
const HEX_DIGITS = /^[0-9a-f]+$/;

/** Two-character escapes for the characters region ids and names use most, besides capital letters. */
const SHORT_ESCAPES: ReadonlyMap<string, string> = new Map([
  [' ', '.'],
  [':', '-'],
  ['_', '_'],
]);
const SHORT_UNESCAPES: ReadonlyMap<string, string> = new Map([...SHORT_ESCAPES].map(([char, code]) => [code, char]));

/** Highest Unicode code point. */
const MAX_CODE_POINT = 0x10ffff;

/**
 * Writes any text (every Unicode code point, lone surrogates included) with `a-z 0-9 - . _` only:
 * `a-z 0-9 - .` as themselves, a capital as `_` + its lowercase, space as `_.`, `:` as `_-`, `_` as `__`,
 * and anything else as `_` + the number of hex digits (1..6) + the code point in lowercase hex.
 */
export function escapeText(text: string): string {
  let escaped = '';
  // for...of walks code points: a surrogate pair is one character, a lone surrogate is its own.
  for (const char of text) {
    const short = SHORT_ESCAPES.get(char);
    if (LITERAL_CHAR.test(char)) escaped += char;
    else if (CAPITAL_LETTER.test(char)) escaped += `_${char.toLowerCase()}`;
    else if (short !== undefined) escaped += `_${short}`;
    else {
      const hex = (char.codePointAt(0) ?? 0).toString(16);
      escaped += `_${hex.length}${hex}`;
    }
  }
  return escaped;
}

/** Reverses escapeText; null when the text holds a character or escape escapeText never writes. */
export function unescapeText(escaped: string): string | null {
  let text = '';
  let index = 0;
  while (index < escaped.length) {
    const char = escaped.charAt(index);
    if (LITERAL_CHAR.test(char)) {
      text += char;
      index += 1;
      continue;
    }
    if (char !== '_') return null;
    const code = escaped.charAt(index + 1);
    const short = SHORT_UNESCAPES.get(code);
    if (LOWERCASE_LETTER.test(code)) {
      text += code.toUpperCase();
      index += 2;
    } else if (short !== undefined) {
      text += short;
      index += 2;
    } else if (/^[1-6]$/.test(code)) {
      const hex = escaped.slice(index + 2, index + 2 + Number(code));
      if (hex.length !== Number(code) || !HEX_DIGITS.test(hex)) return null;
      const codePoint = Number.parseInt(hex, 16);
      if (codePoint > MAX_CODE_POINT) return null;
      text += String.fromCodePoint(codePoint);
      index += 2 + hex.length;
    } else {
      return null;
    }
  }
  return text;
}

/** JavaScript's shortest round-trip decimal, as `String(number)` writes it, with an optional exponent. */
const NUMBER_TEXT = /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:e-?[1-9][0-9]*)?$/;

/**
 * Writes a finite number exactly: the shortest decimal that reads back to the same double
 * (`String(number)`), with `-0` kept and an exponent's `+` dropped (`1e21`), so only `0-9 . - e` appear.
 * A non-finite number is a programmer error: no valid answers document holds one.
 */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`a share link cannot hold the number ${value}`);
  if (Object.is(value, -0)) return '-0';
  return String(value).replace('e+', 'e');
}

/** Reads a number formatNumber could have written; null for anything else or a value too large to be finite. */
export function parseNumber(text: string): number | null {
  if (!NUMBER_TEXT.test(text)) return null;
  const value = Number(text);
  return Number.isFinite(value) ? value : null;
}
