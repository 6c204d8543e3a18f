import { readFile } from 'node:fs/promises';
import { type Answers, isLocale, LOCALES, type Locale, regionDisplayName } from '../engine';
import {
  type EstateImport,
  type EstateImportMessages,
  type FoundCluster,
  importEstate,
  importMessagesFor,
  matchRegionCell,
  planImport,
  type SourceText,
} from '../engine/estate-import';
import { jsonSyntaxErrorOffset } from '../share/json-syntax';
import { decodeTextFile } from '../share/text-encoding';
import { IMPORT_CLI_MESSAGES, IMPORT_HELP, type ImportCliMessages } from './import-messages';
import { CLI_MESSAGES } from './messages';
import { type CliIo, describeProblem, READ_FAILURES, readSource, requestedLanguage } from './run-advise';

// `npm run --silent advise -- import FILE... [--into answers.json [--replace]] [--place "CLUSTER=REGION"]...
// [--leave-out-unplaced] [--lang en|zh-CN]`: prints an answers document made of the cluster lists (docs/import.md).
// Exit 0 with the document on standard output; exit 2 with nothing on it for bad usage, a source that cannot be read,
// and for clusters no list places unless each is placed (--place) or their leaving out is asked for
// (--leave-out-unplaced): `import … > answers.json && advise answers.json` never advises on an estate that lost
// clusters without the person saying so.

interface ImportOptions {
  readonly sources: readonly string[];
  readonly into: string | undefined;
  readonly replace: boolean;
  readonly places: readonly { readonly cluster: string; readonly region: string }[];
  readonly leaveOutUnplaced: boolean;
  readonly locale: Locale;
}

type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: string };

const VALUE_FLAGS: readonly string[] = ['--into', '--place', '--lang'];

function parseArguments(args: readonly string[], locale: Locale): Parsed<ImportOptions> | 'help' {
  const m = IMPORT_CLI_MESSAGES[locale];
  const sources: string[] = [];
  const places: { cluster: string; region: string }[] = [];
  let into: string | undefined;
  let replace = false;
  let leaveOutUnplaced = false;
  for (let index = 0; index < args.length; index++) {
    const arg = args[index] as string;
    const [flag, inline] = arg.startsWith('--') ? (arg.split(/=(.*)/s, 2) as [string, string?]) : [arg];
    if (VALUE_FLAGS.includes(flag)) {
      const value = inline ?? args[++index];
      if (value === undefined) return { ok: false, error: `${m.needsValue(flag)}\n${m.usage}` };
      if (flag === '--into') into = value;
      else if (flag === '--place') {
        const split = value.lastIndexOf('=');
        const cluster = value.slice(0, split).trim();
        const region = value.slice(split + 1).trim();
        if (split === -1 || cluster === '' || region === '') return { ok: false, error: m.badPlace(value) };
        places.push({ cluster, region });
      }
    } else if (flag === '--replace') replace = true;
    else if (flag === '--leave-out-unplaced') leaveOutUnplaced = true;
    else if (flag === '--help' || flag === '-h') return 'help';
    else if (arg.startsWith('--')) return { ok: false, error: `${m.unknownOption(arg)}\n${m.usage}` };
    else sources.push(arg);
  }
  if (sources.length === 0) return { ok: false, error: `${m.noSources}\n${m.usage}` };
  if ([...sources, into].filter((source) => source === '-').length > 1) return { ok: false, error: m.stdinTwice };
  if (replace && into === undefined) return { ok: false, error: m.replaceNeedsInto };
  return { ok: true, value: { sources, into, replace, places, leaveOutUnplaced, locale } };
}

async function readText(source: string, io: CliIo, m: ImportCliMessages, locale: Locale): Promise<Parsed<SourceText>> {
  const name = source === '-' ? m.standardInput : source;
  try {
    const content = source === '-' ? await io.readStdin() : await readFile(source);
    if (typeof content === 'string') return { ok: true, value: { name, text: content } };
    // UTF-8, or UTF-16 with its byte order mark (what Windows PowerShell 5 writes for `az aks list -o json > aks.json`).
    const text = decodeTextFile(content);
    return text === undefined ? { ok: false, error: m.notText(name) } : { ok: true, value: { name, text } };
  } catch (error) {
    const failure = READ_FAILURES.get((error as NodeJS.ErrnoException).code);
    const words = CLI_MESSAGES[locale];
    return {
      ok: false,
      error: words.cannotRead(name, failure ? words.readFailures[failure] : (error as Error).message),
    };
  }
}

/** The answers to merge into, read as the advise command reads answers (JSON or YAML), with its messages. */
async function readInto(into: string, io: CliIo, m: ImportCliMessages, locale: Locale): Promise<Parsed<Answers>> {
  const words = CLI_MESSAGES[locale];
  const name = into === '-' ? m.standardInput : into;
  const read = await readSource(into, name, io, words);
  if (!read.ok) return read;
  if (read.value.ok) return { ok: true, value: read.value.value };
  return { ok: false, error: describeProblem(read.value.problem, m.intoName(name), words) };
}

/** The person's --place options as placements, or what is wrong with one of them. */
function placementsOf(
  options: ImportOptions,
  estate: EstateImport,
  before: Answers | undefined,
  unplaced: readonly FoundCluster[],
  m: ImportCliMessages,
): Parsed<Map<string, string>> {
  const placements = new Map<string, string>();
  const sites = new Set([...estate.regions.map((region) => region.id), ...(before?.regions ?? []).map((r) => r.id)]);
  for (const { cluster, region } of options.places) {
    const match = sites.has(region) ? ({ kind: 'region', regionId: region } as const) : matchRegionCell(region);
    if (match.kind === 'ambiguous') {
      return { ok: false, error: m.ambiguousPlaceRegion(cluster, region, match.candidates) };
    }
    if (match.kind === 'none') return { ok: false, error: m.unknownPlaceRegion(cluster, region) };
    const { regionId } = match;
    const named =
      cluster === '*'
        ? unplaced.filter((each) => !placements.has(each.key))
        : unplaced.filter((each) => each.name === cluster).length > 0
          ? unplaced.filter((each) => each.name === cluster)
          : unplaced.filter((each) => each.name.toLowerCase() === cluster.toLowerCase());
    if (named.length === 0) {
      return { ok: false, error: m.noSuchUnplaced(cluster, [...new Set(unplaced.map((each) => each.name))]) };
    }
    for (const each of named) placements.set(each.key, regionId);
  }
  return { ok: true, value: placements };
}

const describeCluster = (cluster: FoundCluster, words: EstateImportMessages, m: ImportCliMessages) =>
  m.unplacedLine(cluster.name, cluster.source, words.whyUnplaced(cluster));

/** Runs `advise import`; returns the exit code (0: the answers document printed; 2: nothing printed). */
export async function runImport(args: readonly string[], io: CliIo): Promise<number> {
  const lang = requestedLanguage(args);
  if (!isLocale(lang)) {
    io.stderr(`unknown language "${lang}": supported languages are ${LOCALES.join(', ')}\n`);
    return 2;
  }
  const m = IMPORT_CLI_MESSAGES[lang];
  const words = importMessagesFor(lang);
  const parsed = parseArguments(args, lang);
  if (parsed === 'help') {
    io.stdout(IMPORT_HELP);
    return 0;
  }
  const fail = (text: string) => {
    io.stderr(`${text}\n`);
    return 2;
  };
  if (!parsed.ok) return fail(parsed.error);
  const options = parsed.value;

  const reads = await Promise.all(options.sources.map((source) => readText(source, io, m, lang)));
  const unread = reads.flatMap((read) => (read.ok ? [] : [read.error]));
  if (unread.length > 0) return fail(unread.join('\n'));
  const texts = reads.flatMap((read) => (read.ok ? [read.value] : []));
  const before = options.into === undefined ? undefined : await readInto(options.into, io, m, lang);
  if (before !== undefined && !before.ok) return fail(before.error);

  const imported = importEstate(texts, { locateJsonError: jsonSyntaxErrorOffset });
  if (!imported.ok) {
    const lines = imported.problems.map((problem) =>
      problem.kind === 'unknown-json' && problem.hint === 'answers-document'
        ? m.answersGivenAsSource(problem.source)
        : words.problem(problem),
    );
    return fail(`${m.cannotImport}\n${lines.map((line) => `  ${line}`).join('\n')}`);
  }
  const estate = imported.value;
  const answersBefore = before?.value;
  const unplacedAtFirst = planImport(answersBefore, estate, { mode: 'merge' }).unplaced;
  const placements = placementsOf(options, estate, answersBefore, unplacedAtFirst, m);
  if (!placements.ok) return fail(placements.error);
  const plan = planImport(answersBefore, estate, {
    mode: options.replace ? 'replace' : 'merge',
    placements: placements.value,
  });

  const summary = [m.read, ...estate.sources.map((source) => `  ${words.sourceSummary(source)}`)];
  summary.push(...estate.notes.map(words.note));
  if (plan.unplaced.length > 0 && !options.leaveOutUnplaced) {
    const unplaced = plan.unplaced.map((cluster) => describeCluster(cluster, words, m));
    return fail([...summary, m.unplacedHeading(plan.unplaced.length), ...unplaced, m.unplacedHowTo].join('\n'));
  }
  const regionName = (id: string) => regionDisplayName({ id });
  if (!plan.result.ok) {
    return fail(
      [...summary, ...plan.result.problems.map((problem) => words.planProblem(problem, regionName))].join('\n'),
    );
  }
  const placed = plan.document.regions.reduce((sum, region) => sum + (region.clusters ?? 1), 0);
  const count = (change: string) => plan.changes.filter((each) => each.change === change).length;
  const totals = m.totals(placed, plan.document.regions.length);
  summary.push(
    options.into === undefined
      ? totals
      : `${totals} ${m.merged(options.into === '-' ? m.standardInput : options.into, count('added'), count('changed'), count('removed'))}`,
  );
  summary.push(...plan.adjustments.map((adjustment) => words.adjustment(adjustment, regionName)));
  if (plan.unplaced.length > 0) {
    summary.push(
      m.leftOutHeading(plan.unplaced.length),
      ...plan.unplaced.map((each) => describeCluster(each, words, m)),
    );
  }
  io.stdout(`${JSON.stringify(plan.document, null, 2)}\n`);
  io.stderr(`${summary.join('\n')}\n`);
  return 0;
}
