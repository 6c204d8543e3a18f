// Text a person typed (names, titles), made safe for the exports that quote it: the decision record's front matter and
// Markdown body. A renderer that does not read front matter (marked, markdown-it's defaults) shows it as Markdown, so
// front matter values are escaped for Markdown and HTML too, in a way YAML reads back as the same text.

/**
 * Bidirectional control characters (embeddings, overrides, isolates, the marks): one in a name reverses or reorders
 * the text after it, on screen and in the record. Names never need them: the Unicode algorithm orders Arabic or Hebrew
 * text on its own.
 */
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/** Line breaks of every kind (control characters, U+0085, the line and paragraph separators): a name is one line. */
const LINE_BREAKS_AND_CONTROLS = /[\p{Cc}\u0085\u2028\u2029]+/gu;

/** The text without bidirectional control characters, for showing a person's names and titles. */
export function withoutBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, '');
}

/** One line of plain text: bidi controls removed, line breaks and control characters as one space, trimmed. */
export function singleLine(text: string): string {
  return withoutBidiControls(text).replace(LINE_BREAKS_AND_CONTROLS, ' ').trim();
}

/**
 * Characters that mean something to Markdown or HTML: in a YAML double-quoted string they are written as `\uXXXX`,
 * which YAML reads back as the character and Markdown shows as plain text.
 */
const MARKUP_IN_FRONT_MATTER = /[<>&[\]()`*_#!:|{}~$@]/g;

/**
 * A front matter value: a YAML double-quoted string (so `yes` or `- x` stays a string) on one line, in which no
 * Markdown or HTML renderer finds a tag, a link, an emphasis, a heading or a line of its own.
 */
export function frontMatterString(text: string): string {
  return JSON.stringify(singleLine(text)).replace(
    MARKUP_IN_FRONT_MATTER,
    (character) => `\\u${character.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`,
  );
}

/**
 * Makes text safe to print in Markdown (site names a person typed, and every sentence that quotes them): no
 * link, image, HTML tag, entity, mention, table cell or line structure can be injected. Characters that carry
 * Markdown or HTML meaning are backslash-escaped (CommonMark allows it for all ASCII punctuation), scheme and
 * www autolinks are broken, line breaks become spaces and bidi controls are removed. Ordinary text (parentheses,
 * hyphens, "&") reads as is.
 */
export function escapeMarkdownText(text: string): string {
  return singleLine(text)
    .replace(/[\\`*_[\]<>#|!~{}$@]/g, (character) => `\\${character}`)
    .replace(/&(?=#?\w+;)/g, '\\&')
    .replace(/:(?=\/\/)/g, '\\:')
    .replace(/\b(www)\./gi, '$1\\.')
    .replace(/^([-+=>]|\d+[.)])/, '\\$1');
}
