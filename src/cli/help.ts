import { readFileSync } from 'node:fs';
import { DECISION_STATUSES, LOCALES } from '../engine';

/** Set by the build (scripts/build-cli.ts); absent when the source runs through tsx (`npm run advise`). */
declare const __ADVISOR_VERSION__: string | undefined;

export const COMMAND_NAME = 'rancher-strategy-advisor';

/** The package's version: built into the bundle, read from package.json when the source runs. */
export function advisorVersion(): string {
  if (typeof __ADVISOR_VERSION__ === 'string') return __ADVISOR_VERSION__;
  const packageJson = readFileSync(new URL('../../package.json', import.meta.url), 'utf8');
  return (JSON.parse(packageJson) as { version: string }).version;
}

/** The exit codes, as --help and README state them. */
export const EXIT_CODES = { ok: 0, failed: 1, badInput: 2 } as const;

/** `--help`: what the command does, every option, the exit codes, examples. */
export function helpText(formats: readonly string[], defaultBase: string): string {
  return `${COMMAND_NAME} ${advisorVersion()}: Hub & Spoke or Regional? Where to run Rancher's management plane
for the clusters an answers file describes, with the reasons.

Usage:
  ${COMMAND_NAME} <answers.json | answers.yaml | -> [options]
  npm run --silent advise -- <answers.json | answers.yaml | -> [options]     (in the project's repository)
  ${COMMAND_NAME} import <cluster lists...> [options]   an answers document made of Rancher's and the
                                clouds' cluster lists (import --help tells more)

The answers document is JSON or YAML (a file ending in .yaml or .yml; on standard input, "-", YAML unless the
text starts with "{"), checked against the answers schema (answers.schema.json).

Options:
  --format ${formats.join('|')}   what to print (default ${formats[0]}): the recommendation as JSON, an
                                Architecture Decision Record in Markdown, or the link that opens it in the app
  --base URL                    the app's address for links (default ${defaultBase})
  --date YYYY-MM-DD             the decision record's date (default: the answers' decision.date, else today)
  --decision-makers "A, B"      the decision record's decision makers (default: the answers')
  --status STATUS               the decision record's status: ${DECISION_STATUSES.join(', ')}
                                (default: the answers', else proposed)
  --lang ${LOCALES.join('|')}              the language of explanations, the record and messages (default en)
  -h, --help                    this text
  -v, --version                 the version

Exit codes:
  0  done: the output is on standard output
  1  an unexpected failure inside the advisor (a bug: please report it with the answers file)
  2  bad usage or input (no such file, not JSON or YAML, an invalid document): nothing on standard output,
     one message on standard error naming every problem

Examples:
  ${COMMAND_NAME} answers.yaml
  ${COMMAND_NAME} answers.json --format markdown --date 2026-12-01 --decision-makers "Ana, Ben"
  cat answers.json | ${COMMAND_NAME} - --format link --base https://advisor.example.com/
`;
}
