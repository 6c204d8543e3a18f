import { describe, expect, it } from 'vitest';
import { type AppAction, type AppState, appReducer, initialAppState } from '../../src/app/app-state';
import { DEFAULT_ANSWERS } from '../../src/app/default-answers';
import type { Answers } from '../../src/engine';
import type { ShareLinkError } from '../../src/share';
import { THREE_REGIONS } from '../fixtures/answers';

const mine: Answers = {
  ...THREE_REGIONS,
  latencyToleranceMs: 90,
  decision: { title: 'Our planes', status: 'accepted' },
};
const damaged: ShareLinkError = { kind: 'corrupted', message: 'checksum mismatch', reason: 'checksum mismatch' };

const start = (overrides: Partial<Parameters<typeof initialAppState>[0]> = {}): AppState =>
  initialAppState({ answers: mine, linkError: null, startedFromDraft: true, compare: null, ...overrides });

const applied = (state: AppState, ...actions: AppAction[]): AppState => actions.reduce(appReducer, state);

describe('the app state', () => {
  it('keeps the decision record’s fields through the questionnaire’s changes, which do not ask them', () => {
    const state = applied(start(), { type: 'questionnaire-changed', answers: { ...THREE_REGIONS, opsEngineers: 4 } });
    expect(state.answers).toEqual({ ...THREE_REGIONS, opsEngineers: 4, decision: mine.decision });
    expect(state.answersBy).toBe('person');
  });

  it('drops `decision` altogether when its last field is cleared, so the link is the one the person started from', () => {
    const state = applied(start(), { type: 'decision-changed', decision: {} });
    expect('decision' in state.answers).toBe(false);
  });

  it.each<[string, AppAction]>([
    ['changing an answer', { type: 'questionnaire-changed', answers: THREE_REGIONS }],
    ['setting the decision record', { type: 'decision-changed', decision: { author: 'Ana' } }],
    ['dismissing the alert', { type: 'link-alert-dismissed' }],
    ['starting over', { type: 'start-over', to: 'example' }],
  ])('answers a damaged link’s alert by %s', (_what, action) => {
    expect(applied(start({ linkError: damaged }), action).linkError).toBeNull();
  });

  it('lets start over be undone to the answers before it, even after switching between the two starts', () => {
    const state = applied(
      start(),
      { type: 'start-over', to: 'example' },
      { type: 'start-over', to: 'empty' },
      { type: 'start-over', to: 'example' },
    );
    expect(state.answers).toBe(DEFAULT_ANSWERS);
    const undone = applied(state, { type: 'start-over-undone' });
    expect(undone.answers).toBe(mine);
    expect(undone.notice).toBeNull();
    expect(undone.formKey).toBeGreaterThan(state.formKey);
  });

  it('waits for the first region after an empty start, keeping the answers (and the draft) from before', () => {
    const state = applied(start(), { type: 'start-over', to: 'empty' });
    expect(state.awaitingRegion).toBe(true);
    expect(state.answers).toBe(mine);
    expect(state.answersBy).toBe('start');
    expect(applied(state, { type: 'questionnaire-changed', answers: THREE_REGIONS }).awaitingRegion).toBe(false);
  });

  it('opens a pasted link without counting it as the person’s change, and leaves the form alone for the same answers', () => {
    const opened = applied(start(), { type: 'link-opened', answers: THREE_REGIONS });
    expect(opened.answers).toBe(THREE_REGIONS);
    expect(opened.answersBy).toBe('link');
    expect(opened.formKey).toBe(1);
    const again = applied(opened, { type: 'link-opened', answers: { ...THREE_REGIONS } });
    expect(again.formKey).toBe(1);
  });

  it('shows a refused link’s alert over the person’s own answers', () => {
    const state = applied(start({ startedFromDraft: false }), { type: 'link-refused', error: damaged });
    expect(state.linkError).toBe(damaged);
    expect(state.keptAnswersAre).toBe('draft');
    expect(state.answers).toBe(mine);
  });

  it('replaces the answers with an opened file or a compared version, and leaves the comparison', () => {
    const comparing = applied(start(), { type: 'compare-opened', link: null });
    expect(comparing.comparing).toEqual({ payloads: null, leftOut: 0, key: 1 });
    const opened = applied(comparing, { type: 'version-opened', answers: THREE_REGIONS });
    expect(opened).toMatchObject({ answers: THREE_REGIONS, answersBy: 'person', comparing: null, formKey: 1 });
    const refused = applied(opened, { type: 'file-refused', message: 'photo.png is not a .json file' });
    expect(refused.answers).toBe(THREE_REGIONS);
    expect(applied(refused, { type: 'file-opened', answers: mine })).toMatchObject({ answers: mine, notice: null });
  });
});
