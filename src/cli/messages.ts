import { describeAnswersProblemZhCN, type FieldProblem, type Locale, problemField } from '../engine';
import type { YamlProblem } from '../share/answers-yaml';
import {
  describeJsonProblemEn,
  describeJsonProblemZhCN,
  describeYamlProblemEn,
  describeYamlProblemZhCN,
  type JsonProblem,
} from '../share/json-problem';

/** Why a file could not be read, for the common cases; anything else is told in the system's words. */
export type ReadFailure = 'missing' | 'folder' | 'forbidden';

/** Everything the command line says on standard error, in one language. A missing translation fails the type check. */
export interface CliMessages {
  readonly needsValue: (flag: string) => string;
  readonly unknownOption: (option: string) => string;
  readonly onlyOneFile: (first: string, second: string) => string;
  readonly noFile: string;
  readonly unknownFormat: (format: string, supported: string) => string;
  readonly badBase: (example: string, given: string) => string;
  readonly badDate: (given: string) => string;
  readonly badStatus: (given: string, supported: string) => string;
  readonly standardInput: string;
  readonly readFailures: Readonly<Record<ReadFailure, string>>;
  readonly cannotRead: (name: string, why: string) => string;
  readonly notJson: (name: string, problem: JsonProblem) => string;
  readonly notYaml: (name: string, problem: YamlProblem) => string;
  /** Binary data: a picture or an archive given by mistake. */
  readonly notText: (name: string) => string;
  /** Over the size cap (the same as the browser's). */
  readonly tooLarge: (name: string, maxBytes: number) => string;
  readonly notValid: (name: string) => string;
  /** One problem of an answers document, after its path. */
  readonly problem: (problem: FieldProblem) => string;
}

const en: CliMessages = {
  needsValue: (flag) => `${flag} needs a value`,
  unknownOption: (option) => `unknown option ${option}`,
  onlyOneFile: (first, second) => `only one answers file can be given (got "${first}" and "${second}")`,
  noFile: 'no answers file given: name a JSON or YAML file, or - for standard input',
  unknownFormat: (format, supported) => `unknown format "${format}": supported formats are ${supported}`,
  badBase: (example, given) =>
    `--base must be an http or https address such as ${example}, without spaces, line breaks or markup characters (< > " ' \` \\) (got "${given}")`,
  badDate: (given) => `--date must be a day of the calendar written YYYY-MM-DD (got "${given}")`,
  badStatus: (given, supported) => `--status must be one of ${supported} (got "${given}")`,
  standardInput: 'standard input',
  readFailures: { missing: 'no such file', folder: 'it is a folder, not a file', forbidden: 'permission denied' },
  cannotRead: (name, why) => `cannot read ${name}: ${why}`,
  notJson: (name, problem) => `${name} is not valid JSON: ${describeJsonProblemEn(problem)}`,
  notYaml: (name, problem) => `${name} is not valid YAML: ${describeYamlProblemEn(problem)}`,
  notText: (name) => `${name} is not a text file (it holds binary data): an answers document is JSON or YAML text`,
  tooLarge: (name, maxBytes) =>
    `${name} is larger than ${maxBytes.toLocaleString('en-US')} bytes: an answers document is a few KB of JSON or YAML (check that this is the right file)`,
  notValid: (name) => `${name} is not a valid answers document:`,
  problem: (problem) => problem.message,
};

const zh: CliMessages = {
  needsValue: (flag) => `${flag} 需要一个值`,
  unknownOption: (option) => `未知选项 ${option}`,
  onlyOneFile: (first, second) => `只能给出一个答案文件（收到了“${first}”和“${second}”）`,
  noFile: '没有给出答案文件：请写出一个 JSON 或 YAML 文件名，或用 - 表示标准输入',
  unknownFormat: (format, supported) => `未知格式“${format}”：支持的格式有 ${supported}`,
  badBase: (example, given) =>
    `--base 必须是 http 或 https 网址，例如 ${example}，不能含空格、换行或标记字符（< > " ' \` \\）（收到的是“${given}”）`,
  badDate: (given) => `--date 必须是日历上存在的一天，格式为 YYYY-MM-DD（收到的是“${given}”）`,
  badStatus: (given, supported) => `--status 必须是 ${supported} 之一（收到的是“${given}”）`,
  standardInput: '标准输入',
  readFailures: { missing: '文件不存在', folder: '这是一个文件夹，不是文件', forbidden: '没有读取权限' },
  cannotRead: (name, why) => `无法读取 ${name}：${why}`,
  notJson: (name, problem) => `${name} 不是有效的 JSON：${describeJsonProblemZhCN(problem)}`,
  notYaml: (name, problem) => `${name} 不是有效的 YAML：${describeYamlProblemZhCN(problem)}`,
  notText: (name) => `${name} 不是文本文件（其中是二进制数据）：答案文档是 JSON 或 YAML 文本`,
  tooLarge: (name, maxBytes) =>
    `${name} 超过 ${maxBytes.toLocaleString('zh-CN')} 字节：答案文档只有几 KB 的 JSON 或 YAML（请确认文件是否正确）`,
  notValid: (name) => `${name} 不是有效的答案文档：`,
  // The questionnaire's sentences, chosen by the field and the kind of problem; the two problems a form cannot
  // have (no document, a wrong version) are said here.
  problem: (problem) => {
    if (problem.path === '') return '答案文档是空的：请写一个 JSON 对象，例如 {"version": 1, "regions": [...]}';
    if (problem.path === 'version') return 'version 必须是 1（目前唯一的答案格式）：请写上 "version": 1';
    return describeAnswersProblemZhCN({
      message: problem.message,
      field: problemField(problem.path),
      code: problem.code ?? '',
      detail: problem.detail,
    });
  },
};

export const CLI_MESSAGES: Readonly<Record<Locale, CliMessages>> = { en, 'zh-CN': zh };
