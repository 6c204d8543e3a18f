import { describe, expect, it } from 'vitest';
import { type AppAction, type AppState, appReducer, initialAppState } from '../../src/app/app-state';
import { readUnfinishedEdits, saveUnfinishedEdits } from '../../src/app/kept-answers';
import { resolveStartup } from '../../src/app/startup-link';
import type { Answers } from '../../src/engine';
import { encodeAnswers } from '../../src/share';
import { answersOf, THREE_REGIONS } from '../fixtures/answers';

const mine: Answers = { ...THREE_REGIONS, latencyToleranceMs: 90 };
const colleagues: Answers = answersOf({ version: 1, regions: [{ id: 'aws:eu-west-1', clusters: 4 }] });

const applied = (state: AppState, ...actions: AppAction[]): AppState => actions.reduce(appReducer, state);
const startedFromDraft = () =>
  initialAppState({ answers: mine, linkError: null, startedFromDraft: true, compare: null });

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  };
}

describe('the person’s answers are never silently lost to a link', () => {
  it('keeps the saved draft when the address opens a colleague’s link over it', () => {
    const start = resolveStartup(`#${encodeAnswers(colleagues)}`, mine, THREE_REGIONS);
    expect(start.answers).toEqual(colleagues);
    expect(start.keptAnswers).toEqual(mine);
    const state = initialAppState({ ...start, startedFromDraft: false, compare: null });
    expect(state.notice).toEqual({ kind: 'answers-kept', previous: mine });
  });

  it('keeps nothing when the link holds the draft’s own answers, and finds answers kept before a reload', () => {
    expect(resolveStartup(`#${encodeAnswers(mine)}`, mine, THREE_REGIONS).keptAnswers).toBeUndefined();
    // The person edited the link's answers (now the draft, and the address) and reloaded: the kept ones come back.
    expect(resolveStartup(`#${encodeAnswers(colleagues)}`, colleagues, THREE_REGIONS, null, mine).keptAnswers).toEqual(
      mine,
    );
  });

  it('keeps the person’s answers when a link is pasted into the open tab, restores them, and undoes that', () => {
    const opened = applied(startedFromDraft(), { type: 'link-opened', answers: colleagues });
    expect(opened.answers).toEqual(colleagues);
    expect(opened.notice).toEqual({ kind: 'answers-kept', previous: mine });
    const restored = applied(opened, { type: 'kept-answers-restored' });
    expect(restored.answers).toEqual(mine);
    expect(restored.answersBy).toBe('person');
    expect(restored.notice).toEqual({ kind: 'answers-restored', previous: colleagues });
    const undone = applied(restored, { type: 'kept-answers-restored' });
    expect(undone.answers).toEqual(colleagues);
    expect(undone.notice).toEqual({ kind: 'answers-kept', previous: mine });
  });

  it('keeps the notice through edits of the link’s answers', () => {
    const edited = applied(
      startedFromDraft(),
      { type: 'link-opened', answers: colleagues },
      { type: 'questionnaire-changed', answers: { ...colleagues, opsEngineers: 5 } },
    );
    expect(edited.notice).toEqual({ kind: 'answers-kept', previous: mine });
  });
});

describe('unfinished edits', () => {
  it('come back only over the answers they were typed over', () => {
    const storage = memoryStorage();
    const values = { regions: [{ kind: 'custom', name: 'Lab', lat: '', lon: '' }], latencyToleranceMs: '5000' };
    saveUnfinishedEdits(storage, { base: mine, values });
    expect(readUnfinishedEdits(storage, mine)).toEqual(values);
    expect(readUnfinishedEdits(storage, colleagues)).toBeNull();
    saveUnfinishedEdits(storage, null);
    expect(readUnfinishedEdits(storage, mine)).toBeNull();
  });
});
