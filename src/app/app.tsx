import { type DragEvent, lazy, Suspense, useCallback, useEffect, useEffectEvent, useReducer } from 'react';
import { ErrorBoundary } from '../components/error-boundary';
import { useI18n } from '../components/i18n';
import { prepareForPrint } from '../components/print-preparation';
import { type Answers, type DecisionMetadata, STRATEGY_PAGE } from '../engine';
import { EstateImport } from '../features/estate-import';
import { type PendingProblem, Questionnaire } from '../features/questionnaire';
import type { ShareLinkError } from '../share';
import { type CompareFragment, isCompareFragment } from '../share/compare-fragment';
import { AppHeader } from './app-header';
import { AppNotice } from './app-notices';
import { appReducer, initialAppState } from './app-state';
import { DEFAULT_ANSWERS, EMPTY_START } from './default-answers';
import { type DraftStorage, saveDraft } from './draft-storage';
import { savePreviousAnswers, saveUnfinishedEdits } from './kept-answers';
import { LinkProblem } from './link-problem';
import { openLinksPastedInTheAddress } from './pasted-link';
import { ResultAwaitingRegion, ResultError, ResultPlaceholder, ResultWithheld } from './result-states';
import { cancelAddressSync, noteUnwrittenAnswers, syncAddressWithAnswers } from './url-sync';

export interface AppProps {
  /** The answers to start from (a share link or a saved draft may supply them); the example set otherwise. */
  initialAnswers?: Answers;
  /** Called with every new valid set of answers (for a share link or a saved draft). */
  onAnswersChange?: (answers: Answers) => void;
  /** A fixed chart width in px, for environments that cannot measure (tests). */
  chartWidthPx?: number;
  /** Why the share link in the address could not be opened; the app shows it until the person acts. */
  linkError?: ShareLinkError | null;
  /** Whether the answers on screen came from the saved draft (the link alert offers to keep it). */
  startedFromDraft?: boolean;
  /** Where the draft is saved as the person types; none in tests that do not care. */
  storage?: DraftStorage | undefined;
  /** Keeps the address bar's link in step with the answers (off in component tests). */
  syncAddress?: boolean;
  /** A compare link in the address: the app opens with the compare view. */
  initialCompare?: CompareFragment | null;
  /** The person's own answers a share link replaced at startup: kept, said, and restorable. */
  keptAnswers?: Answers | null;
  /** The questionnaire's values as typed before a reload, when they were not yet valid (stored values, unchecked). */
  initialFormValues?: unknown;
}

// The result (scoring, sharing, the map's frame) loads in its own chunk, so the first bundle stays small and the
// questionnaire is usable at once; the charts, the map and the what-ifs' worker are further chunks inside it.
const Result = lazy(() => import('./result'));
// Comparing versions: a chunk of its own, loaded when someone opens a compare link or the compare view.
const ComparePage = lazy(() => import('./compare-page'));

/**
 * Composes the questionnaire and the result. Its state (app-state.ts) holds the last valid answers; the
 * recommendation is derived from them in the result, and the questionnaire keeps what is typed. Replacing the answers
 * wholesale (start over, undo, an opened file) remounts the questionnaire with them.
 */
export function App({
  initialAnswers = DEFAULT_ANSWERS,
  onAnswersChange,
  chartWidthPx,
  linkError = null,
  startedFromDraft = false,
  storage,
  syncAddress = false,
  initialCompare = null,
  keptAnswers = null,
  initialFormValues = null,
}: AppProps) {
  const [state, dispatch] = useReducer(
    appReducer,
    { answers: initialAnswers, linkError, startedFromDraft, compare: initialCompare, keptAnswers },
    initialAppState,
  );
  const { answers, comparing, notice } = state;
  const { t } = useI18n();

  useEffect(() => {
    // A damaged link stays in the address bar until the person acts on the alert, so it can be read or reported.
    // While comparing, the address holds the compare link (compare-page.tsx writes it).
    if (syncAddress && !state.linkError && !state.awaitingRegion && comparing === null) syncAddressWithAnswers(answers);
  }, [answers, syncAddress, state.linkError, state.awaitingRegion, comparing]);

  // The person's own answers are saved as the draft; a link opened in the tab is not, until they change something.
  const keep = useEffectEvent((changed: Answers) => {
    saveDraft(storage, changed);
    // From the moment the answers are newer than the address, a reload must open them (see url-sync).
    if (syncAddress) noteUnwrittenAnswers(changed);
    onAnswersChange?.(changed);
  });
  useEffect(() => {
    if (state.answersBy === 'person') keep(answers);
  }, [answers, state.answersBy]);

  // The answers a link replaced are stored until restored or discarded, so a reload or an edit never loses them.
  useEffect(() => {
    if (notice?.kind === 'answers-kept') savePreviousAnswers(storage, notice.previous);
  }, [notice, storage]);
  const restoreKept = () => {
    if (notice?.kind === 'answers-kept') savePreviousAnswers(storage, null);
    else if (notice?.kind === 'answers-restored') savePreviousAnswers(storage, state.answers);
    dispatch({ type: 'kept-answers-restored' });
  };
  const discardKept = () => {
    savePreviousAnswers(storage, null);
    dispatch({ type: 'kept-answers-discarded' });
  };
  // Edits not yet valid are stored with the answers they were typed over, so a reload brings them back.
  const onUnfinishedValues = useEffectEvent((values: unknown) =>
    saveUnfinishedEdits(storage, values === null ? null : { base: answers, values }),
  );
  const onUnfinished = useCallback((values: unknown) => onUnfinishedValues(values), []);

  // Print from the browser's menu: late parts start loading (the idle-time render has usually finished them).
  useEffect(() => {
    const prepare = () => void prepareForPrint();
    window.addEventListener('beforeprint', prepare);
    return () => window.removeEventListener('beforeprint', prepare);
  }, []);

  useEffect(() => (syncAddress ? openLinksPastedInTheAddress(dispatch) : undefined), [syncAddress]);

  const onQuestionnaireChange = useCallback(
    (next: Answers) => dispatch({ type: 'questionnaire-changed', answers: next }),
    [],
  );
  const onPendingProblems = useCallback(
    (problems: readonly PendingProblem[]) => dispatch({ type: 'problems-found', problems }),
    [],
  );
  const onDecisionChange = useCallback(
    (decision: DecisionMetadata) => dispatch({ type: 'decision-changed', decision }),
    [],
  );
  const startOver = (to: 'example' | 'empty' = 'example') => dispatch({ type: 'start-over', to });

  const openCompare = () => {
    if (syncAddress) {
      cancelAddressSync();
      // Its own history entry, so Back returns to the advisor's link.
      if (!isCompareFragment(window.location.hash.replace(/^#/, ''))) {
        window.history.pushState(window.history.state, '', '#compare');
      }
    }
    dispatch({ type: 'compare-opened', link: null });
  };

  /**
   * Opens an answers file, chosen or dropped, in place of the current answers; a bad one gets a notice and
   * changes nothing. The reader validates with the answers schema, loaded with the first file. True when opened.
   */
  const openFile = async (file: File): Promise<boolean> => {
    const { checkAnswersFile, readAnswersFile } = await import('../features/answers-file/answers-file');
    const problem = checkAnswersFile(file, t.files);
    const read = problem
      ? null
      : await readAnswersFile(new Uint8Array(await file.arrayBuffer()), file.name, t.files, t.problems);
    if (read?.ok) {
      dispatch({ type: 'file-opened', answers: read.value });
      return true;
    }
    dispatch({ type: 'file-refused', message: problem ?? (read && !read.ok ? read.message : '') });
    return false;
  };

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    if (!event.dataTransfer.types.includes('Files')) return;
    event.preventDefault();
    dispatch({ type: 'dragging', dragging: false });
    const file = event.dataTransfer.files[0];
    if (file) void openFile(file);
  };

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: dropping a file is a shortcut; the "Open answers file" button does the same by keyboard.
    <div
      className={`app${state.dragging ? ' is-dragging' : ''}`}
      onDragLeave={(event) => {
        if (event.currentTarget === event.target) dispatch({ type: 'dragging', dragging: false });
      }}
      onDragOver={(event) => {
        if (!event.dataTransfer.types.includes('Files')) return;
        event.preventDefault();
        dispatch({ type: 'dragging', dragging: true });
      }}
      onDrop={onDrop}
    >
      {comparing ? (
        // biome-ignore lint/a11y/useValidAnchor: a skip link that moves focus itself, so the address keeps the compare link.
        <a
          className="skip-link"
          href="#comparison"
          onClick={(event) => {
            event.preventDefault();
            document.getElementById('comparison')?.focus();
          }}
        >
          {t.app.skipToComparison}
        </a>
      ) : (
        <a className="skip-link" href="#result">
          {t.app.skipToResult}
        </a>
      )}
      <AppHeader onCompare={comparing === null ? openCompare : null} onStartOver={() => startOver()} />
      {state.linkError || notice ? (
        <div className="container app-notices no-print">
          {state.linkError ? (
            <LinkProblem
              error={state.linkError}
              keptAnswersAre={state.keptAnswersAre}
              onDismiss={() => dispatch({ type: 'link-alert-dismissed' })}
              onStartOver={() => startOver()}
            />
          ) : null}
          {notice ? (
            <AppNotice
              notice={notice}
              onDismiss={() => dispatch({ type: 'notice-dismissed' })}
              onStartOver={startOver}
              onDiscardKept={discardKept}
              onRestoreKept={restoreKept}
              onUndoStartOver={() => dispatch({ type: 'start-over-undone' })}
            />
          ) : null}
        </div>
      ) : null}
      {comparing ? (
        <main className="container app-main app-main--compare" id="comparison" tabIndex={-1}>
          <ErrorBoundary fallback={(error) => <ResultError error={error} />} resetKey={comparing}>
            <Suspense fallback={<p className="card">{t.app.compareLoading}</p>}>
              <ComparePage
                currentAnswers={answers}
                key={comparing.key}
                leftOut={comparing.leftOut}
                onClose={() => dispatch({ type: 'compare-closed' })}
                onOpenVersion={(version) => dispatch({ type: 'version-opened', answers: version })}
                payloads={comparing.payloads}
                syncAddress={syncAddress}
              />
            </Suspense>
          </ErrorBoundary>
        </main>
      ) : (
        <main className="container app-main">
          <div className="column column--questionnaire" id="questionnaire">
            <EstateImport
              answers={state.awaitingRegion ? EMPTY_START : answers}
              onApply={(next) => dispatch({ type: 'clusters-imported', answers: next })}
            />
            <Questionnaire
              initialAnswers={state.awaitingRegion ? EMPTY_START : answers}
              initialValues={state.formKey === 0 ? initialFormValues : null}
              key={state.formKey}
              onAnswersChange={onQuestionnaireChange}
              onPendingProblems={onPendingProblems}
              onUnfinishedValues={onUnfinished}
            />
          </div>
          <section aria-label={t.app.resultRegion} className="column column--result" id="result" tabIndex={-1}>
            {state.linkError ? (
              <ResultWithheld
                keptAnswersAre={state.keptAnswersAre}
                onShow={() => dispatch({ type: 'link-alert-dismissed' })}
              />
            ) : state.awaitingRegion ? (
              <ResultAwaitingRegion />
            ) : (
              <ErrorBoundary fallback={(error) => <ResultError error={error} />} resetKey={answers}>
                <Suspense fallback={<ResultPlaceholder />}>
                  <Result
                    answers={answers}
                    chartWidthPx={chartWidthPx}
                    onDecisionChange={onDecisionChange}
                    onOpenFile={openFile}
                    pendingProblems={state.pendingProblems}
                  />
                </Suspense>
              </ErrorBoundary>
            )}
          </section>
        </main>
      )}
      <footer className="container app-footer">
        <p>
          {t.app.footerBefore} <a href={STRATEGY_PAGE.url}>{t.app.footerLink}</a> {t.app.footerAfter}
        </p>
      </footer>
      {state.dragging ? (
        <div aria-hidden="true" className="drop-overlay">
          {t.app.dropOverlay}
        </div>
      ) : null}
    </div>
  );
}
