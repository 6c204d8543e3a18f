/**
 * Joins text as Chinese technical writing sets it: a space between an ideograph and a Latin letter or digit
 * ("在 Frankfurt 运行", "版本 3 与版本 1"), none beside punctuation or between ideographs.
 */
export function joinChinese(...parts: readonly string[]): string {
  return parts.reduce((text, part) => {
    const latinThenHan = /[0-9A-Za-z.)]$/.test(text) && /^[\u4e00-\u9fff]/.test(part);
    const hanThenLatin = /[\u4e00-\u9fff]$/.test(text) && /^[0-9A-Za-z(]/.test(part);
    return latinThenHan || hanThenLatin ? `${text} ${part}` : text + part;
  }, '');
}
