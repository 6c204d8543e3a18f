/**
 * Joins text as Chinese technical writing sets it: a space between an ideograph and a Latin letter or digit
 * ("在 Frankfurt 运行", "版本 3 与版本 1"), none beside punctuation or between ideographs.
 */
export function joinChinese(...parts: readonly string[]): string {
  return parts.reduce((text, part) => text + chineseGap(text, part) + part, '');
}

/** What goes between two Chinese texts set side by side: a space where an ideograph meets a Latin letter or digit. */
export function chineseGap(before: string, after: string): string {
  const latinThenHan = /[0-9A-Za-z.)]$/.test(before) && /^[\u4e00-\u9fff]/.test(after);
  const hanThenLatin = /[\u4e00-\u9fff]$/.test(before) && /^[0-9A-Za-z(]/.test(after);
  return latinThenHan || hanThenLatin ? ' ' : '';
}

/** An ideograph or CJK punctuation (fullwidth brackets, colon, comma; the ideographic comma and full stop). */
const CJK = '[\\p{Script=Han}\\u3000-\\u303f\\uff00-\\uffef]';
const SPACE_BETWEEN_CJK = new RegExp(`(?<=${CJK}) +(?=${CJK})`, 'gu');

/**
 * Text with no space left between two ideographs or beside CJK punctuation. A sentence template spaces a name as a
 * Latin one ("设在 Frankfurt 运行"); where the name is Chinese ("德国法兰克福（eu-central-1）"), the spaces go.
 */
export function tidyChinese(text: string): string {
  return text.replace(SPACE_BETWEEN_CJK, '');
}

/**
 * A catalog of sentences whose every string, and every string a function of it returns, is tidied. Only plain
 * objects and arrays are walked; anything else (and a function's result that is not a string) is kept as it is.
 */
export function tidiedChineseCatalog<T extends object>(catalog: T): T {
  const tidy = (value: unknown): unknown => {
    if (typeof value === 'string') return tidyChinese(value);
    if (typeof value === 'function') {
      return (...args: unknown[]) => {
        const result = (value as (...input: unknown[]) => unknown)(...args);
        return typeof result === 'string' ? tidyChinese(result) : result;
      };
    }
    if (Array.isArray(value)) return value.map(tidy);
    if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
      return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, tidy(entry)]));
    }
    return value;
  };
  return tidy(catalog) as T;
}
