import type { YamlProblem } from './answers-yaml';
/**
 * Where a JSON text breaks, so it can be said in any language. The place comes from a small syntax scan of the
 * text itself (RFC 8259), because parsers word and place their errors differently: V8 (Node, Chromium) gives a
 * position for some mistakes and only a snippet for others (a trailing comma, a comment), Firefox gives a line and
 * column, Safari nothing. The parser's own words are kept as the detail, for English.
 */
export type JsonProblem =
  /** Nothing but whitespace. */
  | { readonly kind: 'empty' }
  /** The text stops before the JSON is complete: usually a file cut short. */
  | { readonly kind: 'ended-early' }
  /**
   * A syntax error at a line and column (both from 1). `near` is the character found there when it is visible;
   * `detail` is the parser's own words without the place it gives.
   */
  | {
      readonly kind: 'at';
      readonly line: number;
      readonly column: number;
      readonly near: string | null;
      readonly detail: string;
    }
  /** Text the scan finds valid although the parser refused it (never expected): the parser's words as they are. */
  | { readonly kind: 'other'; readonly detail: string };

/** Counts as the English UI always printed them: plain digits, no grouping. */
const englishNumber = new Intl.NumberFormat('en', { useGrouping: false });
const chineseNumber = new Intl.NumberFormat('zh-CN');

/** The problem in English, after "<file> is not valid JSON: ". */
export function describeJsonProblemEn(problem: JsonProblem): string {
  switch (problem.kind) {
    case 'empty':
      return 'the file is empty, and an answers file is a JSON object such as {"version": 1, "regions": [...]}';
    case 'ended-early':
      return 'it ends before the JSON is complete (was it cut short?)';
    case 'at':
      return `line ${englishNumber.format(problem.line)}, column ${englishNumber.format(problem.column)}${problem.near === null ? '' : `, at "${problem.near}"`}: ${problem.detail}`;
    case 'other':
      return problem.detail;
  }
}

/** The problem in Chinese: the parser's own words are English, so it says where the JSON breaks instead. */
export function describeJsonProblemZhCN(problem: JsonProblem): string {
  switch (problem.kind) {
    case 'empty':
      return '文件是空的，而答案文件是一个 JSON 对象，例如 {"version": 1, "regions": [...]}';
    case 'ended-early':
      return '内容在 JSON 完整之前就结束了（文件是否被截断？）';
    case 'at':
      return `第 ${chineseNumber.format(problem.line)} 行第 ${chineseNumber.format(problem.column)} 列${problem.near === null ? '' : `（“${problem.near}”处）`}有语法错误`;
    case 'other':
      return problem.detail;
  }
}

/** Where a YAML answers document breaks, in English: the JSON wording, but for its own empty file. */
export function describeYamlProblemEn(problem: YamlProblem): string {
  return problem.kind === 'empty'
    ? 'the file is empty, and an answers file holds at least "version: 1" and its regions'
    : describeJsonProblemEn(problem);
}

/** The same in Chinese. */
export function describeYamlProblemZhCN(problem: YamlProblem): string {
  return problem.kind === 'empty'
    ? '文件是空的，而答案文件至少包含 "version: 1" 和区域'
    : describeJsonProblemZhCN(problem);
}
