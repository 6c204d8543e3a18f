import type { DecisionFieldProblem } from '../../components/i18n/review-types';
import {
  type DecisionMetadata,
  type DecisionStatus,
  MAX_DECISION_TITLE_CHARS,
  MAX_NAMES_PER_ROLE,
  MAX_PERSON_NAME_CHARS,
} from '../../engine';

/** What the decision-record form holds: text as typed. */
export interface DecisionFields {
  readonly title: string;
  readonly status: DecisionStatus;
  /** YYYY-MM-DD as a date input gives it, or '' for none. */
  readonly date: string;
  readonly decisionMakers: string;
  readonly consulted: string;
  readonly informed: string;
  readonly author: string;
}

type NameListField = 'decisionMakers' | 'consulted' | 'informed';
const NAME_LISTS: readonly NameListField[] = ['decisionMakers', 'consulted', 'informed'];

/** A status left as MADR's default is not written, so untouched answers (and their link) stay as they were. */
const DEFAULT_STATUS: DecisionStatus = 'proposed';

/** Commas of English and Chinese text (, ，) and the Chinese enumeration comma (、) separate names, as do lines. */
const NAME_SEPARATORS = /[,，、;；\n]/;

/** The names in a typed list, trimmed, empty ones dropped. */
export function splitNames(text: string): string[] {
  return text
    .split(NAME_SEPARATORS)
    .map((name) => name.trim())
    .filter((name) => name !== '');
}

/** The form's text for the answers' decision fields (a missing one is empty). */
export function toDecisionFields(decision: DecisionMetadata | undefined): DecisionFields {
  return {
    title: decision?.title ?? '',
    status: decision?.status ?? DEFAULT_STATUS,
    date: decision?.date ?? '',
    decisionMakers: decision?.decisionMakers?.join(', ') ?? '',
    consulted: decision?.consulted?.join(', ') ?? '',
    informed: decision?.informed?.join(', ') ?? '',
    author: decision?.author ?? '',
  };
}

export type DecisionFieldsResult =
  | { readonly ok: true; readonly value: DecisionMetadata }
  | { readonly ok: false; readonly problems: Partial<Record<keyof DecisionFields, DecisionFieldProblem>> };

function nameListProblem(names: readonly string[]): DecisionFieldProblem | undefined {
  if (names.length > MAX_NAMES_PER_ROLE) return { kind: 'too-many-names', maxNames: MAX_NAMES_PER_ROLE };
  if (names.some((name) => name.length > MAX_PERSON_NAME_CHARS)) {
    return { kind: 'name-too-long', maxChars: MAX_PERSON_NAME_CHARS };
  }
  return undefined;
}

/**
 * The answers' `decision` for the form's text, within the answers schema's limits, or the problem of each field
 * that is not. Empty fields are left out, so an untouched form gives `{}`.
 */
export function readDecisionFields(fields: DecisionFields): DecisionFieldsResult {
  const problems: Partial<Record<keyof DecisionFields, DecisionFieldProblem>> = {};
  const title = fields.title.trim();
  const author = fields.author.trim();
  if (title.length > MAX_DECISION_TITLE_CHARS)
    problems.title = { kind: 'too-long', maxChars: MAX_DECISION_TITLE_CHARS };
  if (author.length > MAX_PERSON_NAME_CHARS) problems.author = { kind: 'too-long', maxChars: MAX_PERSON_NAME_CHARS };
  const lists: Partial<Record<NameListField, string[]>> = {};
  for (const field of NAME_LISTS) {
    const names = splitNames(fields[field]);
    const problem = nameListProblem(names);
    if (problem) problems[field] = problem;
    if (names.length > 0) lists[field] = names;
  }
  if (Object.keys(problems).length > 0) return { ok: false, problems };
  return {
    ok: true,
    value: {
      ...(title === '' ? {} : { title }),
      ...(fields.status === DEFAULT_STATUS ? {} : { status: fields.status }),
      ...(fields.date === '' ? {} : { date: fields.date }),
      ...lists,
      ...(author === '' ? {} : { author }),
    },
  };
}
