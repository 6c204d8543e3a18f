import { readFile, stat } from 'node:fs/promises';
import {
  type Answers,
  DECISION_STATUSES,
  type DecisionRecordOptions,
  type DecisionStatus,
  findFlips,
  isCalendarDate,
  isLocale,
  LOCALES,
  type Locale,
  recommend,
  renderDecisionRecord,
} from '../engine';
import { buildShareUrl } from '../share';
import {
  type AnswersTextProblem,
  MAX_ANSWERS_FILE_BYTES,
  type ReadAnswersResult,
  readAnswersDocument,
} from '../share/read-answers-file';
import { normaliseBaseUrl, showGivenBase } from './base-url';
import { advisorVersion, COMMAND_NAME, EXIT_CODES, helpText } from './help';
import { CLI_MESSAGES, type CliMessages, type ReadFailure } from './messages';

export const OUTPUT_FORMATS = ['json', 'markdown', 'link'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export const USAGE = `usage: ${COMMAND_NAME} <answers.json | answers.yaml | -> [--format ${OUTPUT_FORMATS.join('|')}] [--base URL] [--date YYYY-MM-DD] [--decision-makers "A, B"] [--status ${DECISION_STATUSES.join('|')}] [--lang ${LOCALES.join('|')}]\n(--help tells more)`;

export interface CliIo {
  /** Standard input: its bytes (checked to be text, as a file's are), or text already decoded. */
  readonly readStdin: () => Promise<string | Uint8Array>;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

interface CliOptions {
  readonly source: string;
  readonly format: OutputFormat;
  readonly base: string;
  /** The decision record's front matter as the flags give it; each overrides the answers' `decision`. */
  readonly date: string | undefined;
  readonly decisionMakers: readonly string[] | undefined;
  readonly status: DecisionStatus | undefined;
  /** The language of the explanations (JSON), the decision record (markdown) and the errors; English by default. */
  readonly locale: Locale;
}

type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: string };

const DEFAULT_BASE_URL = 'http://localhost:5173/';
const VALUE_FLAGS: readonly string[] = ['--format', '--base', '--date', '--decision-makers', '--status', '--lang'];

/** The language asked for with --lang, looked up first so that every other message can be in it. */
export function requestedLanguage(args: readonly string[]): string {
  let lang = 'en';
  args.forEach((arg, index) => {
    if (arg === '--lang') lang = args[index + 1] ?? lang;
    else if (arg.startsWith('--lang=')) lang = arg.slice('--lang='.length);
  });
  return lang;
}

function parseArguments(args: readonly string[]): Parsed<CliOptions> {
  const lang = requestedLanguage(args);
  // An unknown language is said in English: there is no other to say it in.
  if (!isLocale(lang)) {
    return { ok: false, error: `unknown language "${lang}": supported languages are ${LOCALES.join(', ')}` };
  }
  const m = CLI_MESSAGES[lang];
  let source: string | undefined;
  let format: string = 'json';
  let base = DEFAULT_BASE_URL;
  let date: string | undefined;
  let decisionMakers: string[] | undefined;
  let status: string | undefined;
  for (let index = 0; index < args.length; index++) {
    const arg = args[index] as string;
    const [flag, inline] = arg.startsWith('--') ? (arg.split(/=(.*)/s, 2) as [string, string?]) : [arg];
    if (VALUE_FLAGS.includes(flag)) {
      const value = inline ?? args[++index];
      if (value === undefined) return { ok: false, error: `${m.needsValue(flag)}\n${USAGE}` };
      if (flag === '--format') format = value;
      else if (flag === '--base') base = value;
      else if (flag === '--date') date = value;
      else if (flag === '--status') status = value;
      else if (flag === '--decision-makers')
        decisionMakers = value
          .split(',')
          .map((name) => name.trim())
          .filter((name) => name !== '');
    } else if (arg.startsWith('--')) {
      return { ok: false, error: `${m.unknownOption(arg)}\n${USAGE}` };
    } else if (source === undefined) {
      source = arg;
    } else {
      return { ok: false, error: `${m.onlyOneFile(source, arg)}\n${USAGE}` };
    }
  }
  if (source === undefined) return { ok: false, error: `${m.noFile}\n${USAGE}` };
  if (!(OUTPUT_FORMATS as readonly string[]).includes(format)) {
    return { ok: false, error: m.unknownFormat(format, OUTPUT_FORMATS.join(', ')) };
  }
  const checkedBase = normaliseBaseUrl(base);
  if (!checkedBase.ok) return { ok: false, error: m.badBase(DEFAULT_BASE_URL, showGivenBase(base)) };
  if (date !== undefined && !isCalendarDate(date)) {
    return { ok: false, error: m.badDate(date) };
  }
  if (status !== undefined && !isDecisionStatus(status)) {
    return { ok: false, error: m.badStatus(status, DECISION_STATUSES.join(', ')) };
  }
  return {
    ok: true,
    value: {
      source,
      format: format as OutputFormat,
      base: checkedBase.value,
      date,
      decisionMakers,
      status,
      locale: lang,
    },
  };
}

function isDecisionStatus(text: string): text is DecisionStatus {
  return (DECISION_STATUSES as readonly string[]).includes(text);
}

/** The record's front matter: each flag given, else what the answers' `decision` says, else today and `proposed`. */
function frontMatter(answers: Answers, options: CliOptions): Omit<DecisionRecordOptions, 'shareUrl' | 'locale'> {
  const decision = answers.decision ?? {};
  const consulted = decision.consulted;
  const informed = decision.informed;
  return {
    date: options.date ?? decision.date ?? new Date().toISOString().slice(0, 10),
    decisionMakers: options.decisionMakers ?? decision.decisionMakers ?? [],
    status: options.status ?? decision.status ?? 'proposed',
    ...(consulted === undefined ? {} : { consulted }),
    ...(informed === undefined ? {} : { informed }),
  };
}

function render(answers: Answers, options: CliOptions): string {
  const { locale } = options;
  switch (options.format) {
    case 'json': {
      // The recommendation with what would change it (`flips`, last), as the contract's JSON has always been.
      const flips = findFlips(answers, locale);
      return `${JSON.stringify({ ...recommend(answers, { locale }), flips }, null, 2)}\n`;
    }
    case 'markdown':
      return renderDecisionRecord(answers, recommend(answers, { locale }), {
        ...frontMatter(answers, options),
        shareUrl: buildShareUrl(answers, options.base),
        locale,
      });
    case 'link':
      return `${buildShareUrl(answers, options.base)}\n`;
  }
}

/** The system's error codes the messages name in words. */
export const READ_FAILURES: ReadonlyMap<string | undefined, ReadFailure> = new Map([
  ['ENOENT', 'missing'],
  ['EISDIR', 'folder'],
  ['EACCES', 'forbidden'],
]);

/** Reads the answers document from the file or standard input; an unreadable source is said in `m`'s words. */
export async function readSource(
  source: string,
  name: string,
  io: CliIo,
  m: CliMessages,
): Promise<Parsed<ReadAnswersResult>> {
  try {
    // A file's size is known before reading it: a huge one is refused without loading it.
    const size = source === '-' ? 0 : (await stat(source)).size;
    if (size > MAX_ANSWERS_FILE_BYTES)
      return { ok: true, value: { ok: false, problem: { kind: 'too-large', bytes: size } } };
    const content = source === '-' ? await io.readStdin() : await readFile(source);
    return { ok: true, value: await readAnswersDocument(content, source === '-' ? null : source) };
  } catch (error) {
    const failure = READ_FAILURES.get((error as NodeJS.ErrnoException).code);
    return {
      ok: false,
      error: m.cannotRead(name, failure ? m.readFailures[failure] : String((error as Error).message)),
    };
  }
}

/** Why the document is not an answers document, every field problem on a line of its own. */
export function describeProblem(problem: AnswersTextProblem, name: string, m: CliMessages): string {
  switch (problem.kind) {
    case 'not-text':
      return m.notText(name);
    case 'too-large':
      return m.tooLarge(name, MAX_ANSWERS_FILE_BYTES);
    case 'not-json':
      return m.notJson(name, problem.json);
    case 'not-yaml':
      return m.notYaml(name, problem.yaml);
    case 'invalid': {
      const lines = problem.problems.map((field) => `  ${field.path ? `${field.path}: ` : ''}${m.problem(field)}`);
      return `${m.notValid(name)}\n${lines.join('\n')}`;
    }
  }
}

/** Runs the advise command; returns the exit code (0 success, 2 bad usage or input). Never throws for bad input. */
export async function runAdvise(args: readonly string[], io: CliIo): Promise<number> {
  if (args.some((arg) => arg === '--help' || arg === '-h')) {
    io.stdout(helpText(OUTPUT_FORMATS, DEFAULT_BASE_URL));
    return EXIT_CODES.ok;
  }
  if (args.some((arg) => arg === '--version' || arg === '-v')) {
    io.stdout(`${advisorVersion()}\n`);
    return EXIT_CODES.ok;
  }
  const options = parseArguments(args);
  if (!options.ok) {
    io.stderr(`${options.error}\n`);
    return 2;
  }
  const { source, locale } = options.value;
  const m = CLI_MESSAGES[locale];
  const name = source === '-' ? m.standardInput : source;
  const read = await readSource(source, name, io, m);
  if (!read.ok) {
    io.stderr(`${read.error}\n`);
    return 2;
  }
  const answers = read.value;
  if (!answers.ok) {
    io.stderr(`${describeProblem(answers.problem, name, m)}\n`);
    return 2;
  }
  io.stdout(render(answers.value, options.value));
  return 0;
}
