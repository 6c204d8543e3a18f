// The command line's --base: the address its share links and decision records point at. It lands in the record as a
// Markdown autolink, so it must be a plain web address: what a person typed is checked, then written as the URL
// parser normalises it (lower-case host, percent-encoded path).

/** Whitespace, control and bidi characters, and the characters that make markup (<, >, ", ', `, backslash). */
const FORBIDDEN_IN_BASE = /[\s\p{Cc}\u061C\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF<>"'`\\]/u;

export type BaseUrlResult = { readonly ok: true; readonly value: string } | { readonly ok: false };

/** `text` as a normalised http(s) URL, or not ok when it is another scheme, not a URL, or holds spaces or markup. */
export function normaliseBaseUrl(text: string): BaseUrlResult {
  if (FORBIDDEN_IN_BASE.test(text)) return { ok: false };
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { ok: false };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { ok: false };
  if (url.username !== '' || url.password !== '') return { ok: false };
  return { ok: true, value: url.href };
}

/** How a refused --base is shown in a message: on one line, every invisible character visible as an escape. */
export function showGivenBase(text: string): string {
  return JSON.stringify(text).slice(1, -1);
}
