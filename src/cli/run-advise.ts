import { readFile } from 'node:fs/promises';
import {
  type Answers,
  formatProblems,
  isLocale,
  LOCALES,
  type Locale,
  parseAnswers,
  recommend,
  renderDecisionRecord,
} from '../engine';
import { buildShareUrl } from '../share';

export const OUTPUT_FORMATS = ['json', 'markdown', 'link'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export const USAGE = `usage: npm run --silent advise -- <answers.json | -> [--format ${OUTPUT_FORMATS.join('|')}] [--base URL] [--date YYYY-MM-DD] [--decision-makers "A, B"] [--lang ${LOCALES.join('|')}]`;

export interface CliIo {
  readonly readStdin: () => Promise<string>;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

interface CliOptions {
  readonly source: string;
  readonly format: OutputFormat;
  readonly base: string;
  /** The decision record's date; today (UTC) when not given. */
  readonly date: string;
  readonly decisionMakers: readonly string[];
  /** The language of the explanations (JSON) and of the decision record (markdown); English by default. */
  readonly locale: Locale;
}

type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: string };

const DEFAULT_BASE_URL = 'http://localhost:5173/';
const VALUE_FLAGS: readonly string[] = ['--format', '--base', '--date', '--decision-makers', '--lang'];

function parseArguments(args: readonly string[]): Parsed<CliOptions> {
  let source: string | undefined;
  let format: string = 'json';
  let base = DEFAULT_BASE_URL;
  let date = new Date().toISOString().slice(0, 10);
  let decisionMakers: string[] = [];
  let lang = 'en';
  for (let index = 0; index < args.length; index++) {
    const arg = args[index] as string;
    const [flag, inline] = arg.startsWith('--') ? (arg.split(/=(.*)/s, 2) as [string, string?]) : [arg];
    if (VALUE_FLAGS.includes(flag)) {
      const value = inline ?? args[++index];
      if (value === undefined) return { ok: false, error: `${flag} needs a value\n${USAGE}` };
      if (flag === '--format') format = value;
      else if (flag === '--base') base = value;
      else if (flag === '--date') date = value;
      else if (flag === '--lang') lang = value;
      else
        decisionMakers = value
          .split(',')
          .map((name) => name.trim())
          .filter((name) => name !== '');
    } else if (flag === '--help' || flag === '-h') {
      return { ok: false, error: USAGE };
    } else if (arg.startsWith('--')) {
      return { ok: false, error: `unknown option ${arg}\n${USAGE}` };
    } else if (source === undefined) {
      source = arg;
    } else {
      return { ok: false, error: `only one answers file can be given (got "${source}" and "${arg}")\n${USAGE}` };
    }
  }
  if (source === undefined)
    return { ok: false, error: `no answers file given: name a JSON file, or - for standard input\n${USAGE}` };
  if (!(OUTPUT_FORMATS as readonly string[]).includes(format)) {
    return { ok: false, error: `unknown format "${format}": supported formats are ${OUTPUT_FORMATS.join(', ')}` };
  }
  if (!isHttpUrl(base))
    return { ok: false, error: `--base must be an http(s) URL such as ${DEFAULT_BASE_URL} (got "${base}")` };
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(date))) {
    return { ok: false, error: `--date must be a date written YYYY-MM-DD (got "${date}")` };
  }
  if (!isLocale(lang)) {
    return { ok: false, error: `unknown language "${lang}": supported languages are ${LOCALES.join(', ')}` };
  }
  return { ok: true, value: { source, format: format as OutputFormat, base, date, decisionMakers, locale: lang } };
}

function isHttpUrl(text: string): boolean {
  try {
    return ['http:', 'https:'].includes(new URL(text).protocol);
  } catch {
    return false;
  }
}

function render(answers: Answers, options: CliOptions): string {
  const { locale } = options;
  switch (options.format) {
    case 'json':
      return `${JSON.stringify(recommend(answers, { locale }), null, 2)}\n`;
    case 'markdown':
      return renderDecisionRecord(answers, recommend(answers, { locale }), {
        date: options.date,
        shareUrl: buildShareUrl(answers, options.base),
        decisionMakers: options.decisionMakers,
        locale,
      });
    case 'link':
      return `${buildShareUrl(answers, options.base)}\n`;
  }
}

async function readSource(source: string, io: CliIo): Promise<Parsed<string>> {
  const name = source === '-' ? 'standard input' : source;
  try {
    return { ok: true, value: source === '-' ? await io.readStdin() : await readFile(source, 'utf8') };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'it is a folder, not a file'
          : code === 'EACCES'
            ? 'permission denied'
            : String((error as Error).message);
    return { ok: false, error: `cannot read ${name}: ${reason}` };
  }
}

function parseJson(text: string, name: string): Parsed<unknown> {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    return { ok: false, error: `${name} is not valid JSON: ${(error as Error).message}` };
  }
}

/** Runs the advise command; returns the exit code (0 success, 2 bad usage or input). Never throws for bad input. */
export async function runAdvise(args: readonly string[], io: CliIo): Promise<number> {
  const options = parseArguments(args);
  if (!options.ok) {
    io.stderr(`${options.error}\n`);
    return 2;
  }
  const { source } = options.value;
  const name = source === '-' ? 'standard input' : source;
  const text = await readSource(source, io);
  if (!text.ok) {
    io.stderr(`${text.error}\n`);
    return 2;
  }
  const json = parseJson(text.value, name);
  if (!json.ok) {
    io.stderr(`${json.error}\n`);
    return 2;
  }
  const answers = parseAnswers(json.value);
  if (!answers.ok) {
    io.stderr(`${name} is not a valid answers document:\n${formatProblems(answers.problems).replace(/^/gm, '  ')}\n`);
    return 2;
  }
  io.stdout(render(answers.value, options.value));
  return 0;
}
