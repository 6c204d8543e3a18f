import { readFile } from 'node:fs/promises';
import { formatProblems, parseAnswers, recommend } from '../engine';

export const OUTPUT_FORMATS = ['json'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export const USAGE = `usage: npm run --silent advise -- <answers.json | -> [--format ${OUTPUT_FORMATS.join('|')}] [--base URL]`;

export interface CliIo {
  readonly readStdin: () => Promise<string>;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

interface CliOptions {
  readonly source: string;
  readonly format: OutputFormat;
  readonly base: string;
}

type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: string };

const DEFAULT_BASE_URL = 'http://localhost:5173/';

function parseArguments(args: readonly string[]): Parsed<CliOptions> {
  let source: string | undefined;
  let format: string = 'json';
  let base = DEFAULT_BASE_URL;
  for (let index = 0; index < args.length; index++) {
    const arg = args[index] as string;
    const [flag, inline] = arg.startsWith('--') ? (arg.split(/=(.*)/s, 2) as [string, string?]) : [arg];
    if (flag === '--format' || flag === '--base') {
      const value = inline ?? args[++index];
      if (value === undefined) return { ok: false, error: `${flag} needs a value\n${USAGE}` };
      if (flag === '--format') format = value;
      else base = value;
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
  return { ok: true, value: { source, format: format as OutputFormat, base } };
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
  io.stdout(`${JSON.stringify(recommend(answers.value), null, 2)}\n`);
  return 0;
}
