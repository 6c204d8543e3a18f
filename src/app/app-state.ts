// The app shell's state and every way it changes, as a pure reducer (app.tsx dispatches; tests call it directly).
import type { Answers, DecisionMetadata } from '../engine';
import type { PendingProblem } from '../features/questionnaire';
import type { ShareLinkError } from '../share';
import type { CompareFragment } from '../share/compare-fragment';
import { DEFAULT_ANSWERS } from './default-answers';

/** What the compare view shows: a compare link's payloads, or (null) the current answers to start from. */
export interface Comparing {
  readonly payloads: readonly string[] | null;
  readonly leftOut: number;
  /** A new comparison from outside (another compare link pasted in the address) starts the view afresh. */
  readonly key: number;
}

export type Notice =
  /** Start over replaced the answers: they can be undone to `previous`, or the other start taken instead. */
  | { readonly kind: 'reset'; readonly previous: Answers; readonly to: 'example' | 'empty' }
  | { readonly kind: 'file-problem'; readonly message: string }
  /** A share link replaced the person's own answers on screen: they are kept (and stored) to restore. */
  | { readonly kind: 'answers-kept'; readonly previous: Answers }
  /** The kept answers are back: the link's answers can be undone to. */
  | { readonly kind: 'answers-restored'; readonly previous: Answers }
  | null;

export interface AppState {
  /** The last valid answers: the result is derived from them, the address and the draft hold them. */
  readonly answers: Answers;
  /** Who set `answers` last: only the person's own changes are saved as the draft and noted for a reload. */
  readonly answersBy: 'start' | 'person' | 'link';
  /** Bumped when the answers are replaced wholesale, so the questionnaire starts again from them. */
  readonly formKey: number;
  /** Why the typed answers cannot be used (the last valid ones stay in force). */
  readonly pendingProblems: readonly PendingProblem[];
  /** Why the share link in the address could not be opened; shown, with no result, until the person acts. */
  readonly linkError: ShareLinkError | null;
  /** What the link alert says is shown instead: the saved or current answers, or the example. */
  readonly keptAnswersAre: 'draft' | 'example';
  readonly notice: Notice;
  /** After an empty start: the form has no region yet, so there is no result to show. */
  readonly awaitingRegion: boolean;
  /** An answers file is dragged over the page. */
  readonly dragging: boolean;
  readonly comparing: Comparing | null;
}

export type AppAction =
  /** The questionnaire's answers (the decision record's fields, which it does not ask, are kept). */
  | { readonly type: 'questionnaire-changed'; readonly answers: Answers }
  | { readonly type: 'problems-found'; readonly problems: readonly PendingProblem[] }
  /** The decision record's fields, set beside the result; none set means no `decision` at all. */
  | { readonly type: 'decision-changed'; readonly decision: DecisionMetadata }
  | { readonly type: 'file-opened'; readonly answers: Answers }
  | { readonly type: 'file-refused'; readonly message: string }
  | { readonly type: 'start-over'; readonly to: 'example' | 'empty' }
  | { readonly type: 'start-over-undone' }
  | { readonly type: 'notice-dismissed' }
  /** A share link pasted into the address of the open tab. */
  | { readonly type: 'link-opened'; readonly answers: Answers }
  | { readonly type: 'link-refused'; readonly error: ShareLinkError }
  | { readonly type: 'link-alert-dismissed' }
  | { readonly type: 'compare-opened'; readonly link: CompareFragment | null }
  | { readonly type: 'compare-closed' }
  /** "Open in the advisor" on a compared version: its answers replace the current ones. */
  | { readonly type: 'version-opened'; readonly answers: Answers }
  /** An import of cluster lists applied, or undone: its answers replace the current ones. */
  | { readonly type: 'clusters-imported'; readonly answers: Answers }
  | { readonly type: 'dragging'; readonly dragging: boolean }
  /** "Restore them": the answers a link replaced come back (and "Undo" swaps again). */
  | { readonly type: 'kept-answers-restored' }
  | { readonly type: 'kept-answers-discarded' };

const NO_PROBLEMS: readonly PendingProblem[] = [];

export interface AppStart {
  readonly answers: Answers;
  readonly linkError: ShareLinkError | null;
  readonly startedFromDraft: boolean;
  readonly compare: CompareFragment | null;
  /** The person's own answers a share link replaced at startup. */
  readonly keptAnswers?: Answers | null;
}

export function initialAppState({ answers, linkError, startedFromDraft, compare, keptAnswers }: AppStart): AppState {
  return {
    answers,
    answersBy: 'start',
    formKey: 0,
    pendingProblems: NO_PROBLEMS,
    linkError,
    keptAnswersAre: startedFromDraft ? 'draft' : 'example',
    notice: keptAnswers ? { kind: 'answers-kept', previous: keptAnswers } : null,
    awaitingRegion: false,
    dragging: false,
    comparing: compare === null ? null : { payloads: compare.payloads, leftOut: compare.leftOut, key: 0 },
  };
}

/** New answers from the person: they carry on with the answers in the form, so a link alert is answered too. */
function changedByPerson(state: AppState, answers: Answers): AppState {
  return {
    ...state,
    answers,
    answersBy: 'person',
    pendingProblems: NO_PROBLEMS,
    linkError: null,
    awaitingRegion: false,
  };
}

/** Answers that replace the current ones wholesale: the questionnaire starts again from them. */
function replacedByPerson(state: AppState, answers: Answers): AppState {
  return { ...changedByPerson(state, answers), formKey: state.formKey + 1 };
}

export function appReducer(state: AppState, action: AppAction): AppState {
  switch (action.type) {
    case 'questionnaire-changed': {
      const { decision } = state.answers;
      const { answers } = action;
      return changedByPerson(
        state,
        decision === undefined || answers.decision !== undefined ? answers : { ...answers, decision },
      );
    }
    case 'problems-found':
      return { ...state, pendingProblems: action.problems };
    case 'decision-changed': {
      const { decision: _previous, ...rest } = state.answers;
      // No fields set: no `decision` at all, so the answers (and their link) are the ones the person started from.
      const decided = Object.keys(action.decision).length === 0 ? rest : { ...rest, decision: action.decision };
      return changedByPerson(state, decided);
    }
    case 'file-opened':
      return { ...replacedByPerson(state, action.answers), notice: null };
    case 'file-refused':
      return { ...state, notice: { kind: 'file-problem', message: action.message } };
    case 'start-over': {
      // The answers before stay in the notice to undo to, even when the person switches between the two starts.
      const previous = state.notice?.kind === 'reset' ? state.notice.previous : state.answers;
      const restarted = {
        ...state,
        linkError: null,
        comparing: null,
        notice: { kind: 'reset', previous, to: action.to },
      } as const;
      if (action.to === 'example') return replacedByPerson(restarted, DEFAULT_ANSWERS);
      // Empty: nothing valid to save or link to until a region is added; the draft keeps the answers before.
      return { ...restarted, awaitingRegion: true, pendingProblems: NO_PROBLEMS, formKey: state.formKey + 1 };
    }
    case 'start-over-undone':
      return state.notice?.kind === 'reset'
        ? { ...replacedByPerson(state, state.notice.previous), notice: null }
        : state;
    case 'notice-dismissed':
      return { ...state, notice: null };
    case 'link-opened': {
      // The person's own answers (typed here, or the draft the tab opened with) are kept to restore, and it is said.
      const own = state.answersBy === 'person' || (state.answersBy === 'start' && state.keptAnswersAre === 'draft');
      const kept = state.notice?.kind === 'answers-kept' ? state.notice : null;
      const notice: Notice = own ? { kind: 'answers-kept', previous: state.answers } : kept;
      const answered = { ...state, linkError: null, notice, awaitingRegion: false, comparing: null };
      if (JSON.stringify(action.answers) === JSON.stringify(state.answers)) return { ...answered, notice: kept };
      // Shown as at startup: the saved draft (the person's own answers) stays until they change something.
      return {
        ...answered,
        answers: action.answers,
        answersBy: 'link',
        pendingProblems: NO_PROBLEMS,
        formKey: state.formKey + 1,
      };
    }
    case 'link-refused':
      return { ...state, linkError: action.error, keptAnswersAre: 'draft', comparing: null };
    case 'link-alert-dismissed':
      return { ...state, linkError: null };
    case 'compare-opened': {
      const key = (state.comparing?.key ?? 0) + 1;
      return { ...state, comparing: action.link ? { ...action.link, key } : { payloads: null, leftOut: 0, key } };
    }
    case 'compare-closed':
      return { ...state, comparing: null };
    case 'version-opened':
      return { ...replacedByPerson(state, action.answers), notice: null, comparing: null };
    case 'clusters-imported':
      return replacedByPerson(state, action.answers);
    case 'kept-answers-restored':
      return state.notice?.kind === 'answers-kept' || state.notice?.kind === 'answers-restored'
        ? {
            ...replacedByPerson(state, state.notice.previous),
            notice: {
              kind: state.notice.kind === 'answers-kept' ? 'answers-restored' : 'answers-kept',
              previous: state.answers,
            },
          }
        : state;
    case 'kept-answers-discarded':
      return { ...state, notice: null };
    case 'dragging':
      return state.dragging === action.dragging ? state : { ...state, dragging: action.dragging };
  }
}
