import { type DragEvent, lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { ErrorBoundary } from '../components/error-boundary';
import { LanguageSwitcher, useI18n } from '../components/i18n';
import { prepareForPrint } from '../components/print-preparation';
import type { Answers, DecisionMetadata } from '../engine';
import { type PendingProblem, Questionnaire } from '../features/questionnaire';
import type { ShareLinkError } from '../share';
import { type CompareFragment, isCompareFragment, splitCompareFragment } from '../share/compare-fragment';
import { DEFAULT_ANSWERS, EMPTY_START } from './default-answers';
import { type DraftStorage, saveDraft } from './draft-storage';
import { LinkProblem } from './link-problem';
import { IN_PAGE_ANCHORS, linkInHash } from './startup';
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
}

/** What the compare view shows: a compare link's payloads, or (null) the current answers to start from. */
interface Comparing {
  readonly payloads: readonly string[] | null;
  readonly leftOut: number;
  /** A new comparison from outside (another compare link pasted in the address) starts the view afresh. */
  readonly key: number;
}

const NO_PROBLEMS: readonly PendingProblem[] = [];

// The result (scoring, what-ifs, charts) loads in its own chunk, so the first bundle stays small and the
// questionnaire is usable at once; the chart code is a further chunk inside it.
const RecommendationPanel = lazy(() =>
  import('../features/recommendation/recommendation').then((module) => ({ default: module.RecommendationPanel })),
);
// Sharing, exports and the map: needed after the first look, so they arrive as one more chunk.
const ResultExtras = lazy(() => import('./result-extras'));
// Comparing versions: a chunk of its own, loaded when someone opens a compare link or the compare view.
const ComparePage = lazy(() => import('./compare-page'));
// The same chunk: share and export at the top of the result.
const ResultActionBar = lazy(() => import('./result-extras').then((module) => ({ default: module.ResultActionBar })));

/** Holds the verdict's place while the result's code arrives, so nothing jumps. */
function ResultPlaceholder() {
  const { t } = useI18n();
  return (
    <div aria-busy="true" className="card result-placeholder">
      <p className="eyebrow">{t.app.resultPlaceholderEyebrow}</p>
      <p className="result-placeholder-text">{t.app.resultPlaceholderText}</p>
    </div>
  );
}

/**
 * In the result's place while a damaged link's alert is open: a recommendation there would read as the sender's,
 * so none is shown until the person chooses what to continue with.
 */
function ResultWithheld({ keptAnswersAre, onShow }: { keptAnswersAre: 'draft' | 'example'; onShow: () => void }) {
  const { t } = useI18n();
  const m = t.linkProblem;
  return (
    <section aria-labelledby="result-withheld-title" className="card result-withheld">
      <h2 className="card-title" id="result-withheld-title">
        {m.withheldTitle}
      </h2>
      <p>{keptAnswersAre === 'draft' ? m.withheldDraft : m.withheldExample}</p>
      <button className="button button--secondary button--small" onClick={onShow} type="button">
        {keptAnswersAre === 'draft' ? m.showDraftResult : m.showExampleResult}
      </button>
    </section>
  );
}

/** Shown in the result's place when working it out failed; the questionnaire stays usable. */
function ResultError({ error }: { error: Error }) {
  const { t } = useI18n();
  return (
    <div className="card notice notice--error" role="alert">
      <h2 className="card-title">{t.app.resultErrorTitle}</h2>
      <p>
        {t.app.resultErrorText} <code>{error.message}</code>
      </p>
    </div>
  );
}

/** In the result's place after an empty start, until the first region is added. */
function ResultAwaitingRegion() {
  const { t } = useI18n();
  return (
    <section aria-labelledby="result-awaiting-title" className="card result-withheld">
      <h2 className="card-title" id="result-awaiting-title">
        {t.app.awaitingTitle}
      </h2>
      <p>{t.app.awaitingText}</p>
    </section>
  );
}

type Notice =
  | { readonly kind: 'reset'; readonly previous: Answers; readonly to: 'example' | 'empty' }
  | { readonly kind: 'file-problem'; readonly message: string }
  | null;

/**
 * Composes the questionnaire and the result. It holds the last valid answers (the only state); the
 * recommendation is derived from them in the result, and the questionnaire keeps what is typed. Replacing the
 * answers wholesale (start over, undo, an opened file) remounts the questionnaire with them.
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
}: AppProps) {
  const [answers, setAnswers] = useState(initialAnswers);
  const [formKey, setFormKey] = useState(0);
  const [pendingProblems, setPendingProblems] = useState(NO_PROBLEMS);
  const [shownLinkError, setShownLinkError] = useState(linkError);
  /** What the link alert says is shown instead: the saved or current answers, or the example. */
  const [keptAnswersAre, setKeptAnswersAre] = useState<'draft' | 'example'>(startedFromDraft ? 'draft' : 'example');
  const [notice, setNotice] = useState<Notice>(null);
  /** After an empty start: the form has no region yet, so there is no result to show. */
  const [awaitingRegion, setAwaitingRegion] = useState(false);
  const [dragging, setDragging] = useState(false);
  const [comparing, setComparing] = useState<Comparing | null>(
    initialCompare === null ? null : { payloads: initialCompare.payloads, leftOut: initialCompare.leftOut, key: 0 },
  );
  const { t } = useI18n();
  const noticeRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    // A damaged link stays in the address bar until the person acts on the alert, so it can be read or reported.
    // While comparing, the address holds the compare link (compare-page.tsx writes it).
    if (syncAddress && !shownLinkError && !awaitingRegion && comparing === null) syncAddressWithAnswers(answers);
  }, [answers, syncAddress, shownLinkError, awaitingRegion, comparing]);

  useEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice]);

  const answersRef = useRef(answers);
  useEffect(() => {
    answersRef.current = answers;
  }, [answers]);
  // Print from the browser's menu: late parts start loading (the idle-time render has usually finished them).
  useEffect(() => {
    const prepare = () => void prepareForPrint();
    window.addEventListener('beforeprint', prepare);
    return () => window.removeEventListener('beforeprint', prepare);
  }, []);

  const handleAnswersChange = useCallback(
    (next: Answers) => {
      answersRef.current = next;
      setAnswers(next);
      setPendingProblems(NO_PROBLEMS);
      // Changing an answer is carrying on with the answers in the form: the damaged link's alert has been answered.
      setShownLinkError(null);
      setAwaitingRegion(false);
      saveDraft(storage, next);
      // From the moment the answers are newer than the address, a reload must open them (see url-sync).
      if (syncAddress) noteUnwrittenAnswers(next);
      onAnswersChange?.(next);
    },
    [onAnswersChange, storage, syncAddress],
  );

  // The questionnaire asks the questions that shape the advice; the decision record's fields are set beside the
  // result, so a change in the form keeps them.
  const handleQuestionnaireChange = useCallback(
    (next: Answers) => {
      const decision = answersRef.current.decision;
      handleAnswersChange(decision === undefined || next.decision !== undefined ? next : { ...next, decision });
    },
    [handleAnswersChange],
  );

  const changeDecision = useCallback(
    (decision: DecisionMetadata) => {
      const { decision: _previous, ...rest } = answersRef.current;
      // No fields set: no `decision` at all, so the answers (and their link) are the ones the person started from.
      handleAnswersChange(Object.keys(decision).length === 0 ? rest : { ...rest, decision });
    },
    [handleAnswersChange],
  );

  const replaceAnswers = useCallback(
    (next: Answers) => {
      handleAnswersChange(next);
      setFormKey((key) => key + 1);
    },
    [handleAnswersChange],
  );

  // A share link pasted into the address bar of an open tab changes only the fragment: no reload, so the app opens
  // it here. Its own writes (replaceState) fire no hashchange, and in-page anchors (the skip link) are not links.
  useEffect(() => {
    if (!syncAddress) return;
    const openPastedLink = () => {
      const hash = window.location.hash.replace(/^#/, '');
      if (IN_PAGE_ANCHORS.has(hash)) return;
      const compare = splitCompareFragment(hash);
      if (compare) {
        cancelAddressSync();
        setComparing((previous) => ({ ...compare, key: (previous?.key ?? 0) + 1 }));
        return;
      }
      // Back from a comparison, or any other link: the advisor again.
      setComparing(null);
      const fragment = linkInHash(window.location.hash);
      if (fragment === null) return;
      // A write of the answers before it may still wait for typing to pause: it would replace the pasted link.
      cancelAddressSync();
      void import('../share/share-link').then(({ readShareHash }) => {
        // Another change to the address came while the codec loaded: that one is handled by its own event.
        if (linkInHash(window.location.hash) !== fragment) return;
        const decoded = readShareHash(fragment);
        if (decoded === null) return;
        if (!decoded.ok) {
          setKeptAnswersAre('draft');
          setShownLinkError(decoded.error);
          return;
        }
        setShownLinkError(null);
        setNotice(null);
        setAwaitingRegion(false);
        if (JSON.stringify(decoded.value) === JSON.stringify(answersRef.current)) return;
        // Shown as at startup: the saved draft (the person's own answers) stays until they change something.
        setAnswers(decoded.value);
        setPendingProblems(NO_PROBLEMS);
        setFormKey((key) => key + 1);
      });
    };
    window.addEventListener('hashchange', openPastedLink);
    return () => window.removeEventListener('hashchange', openPastedLink);
  }, [syncAddress]);

  const openCompare = () => {
    if (syncAddress) {
      cancelAddressSync();
      // Its own history entry, so Back returns to the advisor's link.
      if (!isCompareFragment(window.location.hash.replace(/^#/, ''))) {
        window.history.pushState(window.history.state, '', '#compare');
      }
    }
    setComparing((previous) => ({ payloads: null, leftOut: 0, key: (previous?.key ?? 0) + 1 }));
  };

  const openVersion = (next: Answers) => {
    setShownLinkError(null);
    setNotice(null);
    setComparing(null);
    replaceAnswers(next);
  };

  /**
   * Starts again from the example, or empty (no region yet: the person picks the first). The answers before stay
   * in the notice to undo to, even when the person switches between the two starts.
   */
  const startOver = (to: 'example' | 'empty' = 'example') => {
    setShownLinkError(null);
    setComparing(null);
    setNotice({ kind: 'reset', previous: notice?.kind === 'reset' ? notice.previous : answers, to });
    if (to === 'example') {
      setAwaitingRegion(false);
      replaceAnswers(DEFAULT_ANSWERS);
    } else {
      // Nothing valid to save or link to until a region is added; the draft keeps the answers before.
      setAwaitingRegion(true);
      setPendingProblems(NO_PROBLEMS);
      setFormKey((key) => key + 1);
    }
  };

  const undoStartOver = (previous: Answers) => {
    setAwaitingRegion(false);
    replaceAnswers(previous);
    setNotice(null);
  };

  /**
   * Opens an answers file, chosen or dropped, in place of the current answers; a bad one gets a notice and
   * changes nothing. The reader validates with the answers schema, loaded with the first file. True when opened.
   */
  const openFile = async (file: File): Promise<boolean> => {
    const { checkAnswersFile, readOpenedAnswersFile } = await import('../features/answers-file/answers-file');
    const problem = checkAnswersFile(file, t.files);
    if (problem) {
      setNotice({ kind: 'file-problem', message: problem });
      return false;
    }
    const read = await readOpenedAnswersFile(new Uint8Array(await file.arrayBuffer()), file.name, t.files, t.problems);
    if (!read.ok) {
      setNotice({ kind: 'file-problem', message: read.message });
      return false;
    }
    setNotice(null);
    replaceAnswers(read.value);
    return true;
  };

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    if (!event.dataTransfer.types.includes('Files')) return;
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file) void openFile(file);
  };

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: dropping a file is a shortcut; the "Open answers file" button does the same by keyboard.
    <div
      className={`app${dragging ? ' is-dragging' : ''}`}
      onDragLeave={(event) => {
        if (event.currentTarget === event.target) setDragging(false);
      }}
      onDragOver={(event) => {
        if (!event.dataTransfer.types.includes('Files')) return;
        event.preventDefault();
        setDragging(true);
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
      <header className="app-header">
        <div className="container app-header-inner">
          <div className="brand">
            <svg aria-hidden="true" className="brand-mark" focusable="false" viewBox="0 0 32 32">
              <rect height="32" rx="8" width="32" />
              <path d="M16 16 8 9M16 16l8-7M16 16l-8 7M16 16l8 7" />
              <circle cx="16" cy="16" r="3.5" />
            </svg>
            <div>
              <h1 className="brand-name">{t.app.brandName}</h1>
              <p className="brand-tagline">{t.app.tagline}</p>
            </div>
          </div>
          <div className="app-header-actions no-print">
            <LanguageSwitcher />
            {comparing === null ? (
              <button className="button button--ghost button--small" onClick={openCompare} type="button">
                {t.app.compareVersions}
              </button>
            ) : null}
            <button className="button button--ghost button--small" onClick={() => startOver()} type="button">
              {t.app.startOver}
            </button>
          </div>
        </div>
      </header>
      {shownLinkError || notice ? (
        <div className="container app-notices no-print">
          {shownLinkError ? (
            <LinkProblem
              error={shownLinkError}
              keptAnswersAre={keptAnswersAre}
              onDismiss={() => setShownLinkError(null)}
              onStartOver={() => startOver()}
            />
          ) : null}
          {notice?.kind === 'reset' ? (
            <div className="card notice" ref={noticeRef} role="status" tabIndex={-1}>
              <p>{notice.to === 'example' ? t.app.resetNotice : t.app.emptyNotice}</p>
              <div className="notice-actions">
                <button
                  className="button button--secondary button--small"
                  onClick={() => undoStartOver(notice.previous)}
                  type="button"
                >
                  {t.app.undoStartOver}
                </button>
                <button
                  className="button button--secondary button--small"
                  onClick={() => startOver(notice.to === 'example' ? 'empty' : 'example')}
                  type="button"
                >
                  {notice.to === 'example' ? t.app.startEmptyInstead : t.app.startWithExampleInstead}
                </button>
                <button className="button button--ghost button--small" onClick={() => setNotice(null)} type="button">
                  {t.app.dismiss}
                </button>
              </div>
            </div>
          ) : null}
          {notice?.kind === 'file-problem' ? (
            <div className="card notice notice--error" ref={noticeRef} role="alert" tabIndex={-1}>
              <h2 className="card-title">{t.app.fileProblemTitle}</h2>
              <p className="notice-text">{notice.message}</p>
              <div className="notice-actions">
                <button className="button button--ghost button--small" onClick={() => setNotice(null)} type="button">
                  {t.app.dismiss}
                </button>
              </div>
            </div>
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
                onClose={() => setComparing(null)}
                onOpenVersion={openVersion}
                payloads={comparing.payloads}
                syncAddress={syncAddress}
              />
            </Suspense>
          </ErrorBoundary>
        </main>
      ) : (
        <main className="container app-main">
          <div className="column column--questionnaire" id="questionnaire">
            <Questionnaire
              initialAnswers={awaitingRegion ? EMPTY_START : answers}
              key={formKey}
              onAnswersChange={handleQuestionnaireChange}
              onPendingProblems={setPendingProblems}
            />
          </div>
          <section aria-label={t.app.resultRegion} className="column column--result" id="result" tabIndex={-1}>
            {shownLinkError ? (
              <ResultWithheld keptAnswersAre={keptAnswersAre} onShow={() => setShownLinkError(null)} />
            ) : awaitingRegion ? (
              <ResultAwaitingRegion />
            ) : (
              <ErrorBoundary fallback={(error) => <ResultError error={error} />} resetKey={answers}>
                {/* One boundary for both chunks: the result appears whole. With two, the extras could arrive first and
                sit under the placeholder, then jump a whole result's height down (a layout shift of 0.3). */}
                <Suspense fallback={<ResultPlaceholder />}>
                  <ResultActionBar answers={answers} />
                  <RecommendationPanel
                    answers={answers}
                    pendingProblems={pendingProblems}
                    {...(chartWidthPx === undefined ? {} : { chartWidthPx })}
                  />
                  <ResultExtras answers={answers} onDecisionChange={changeDecision} onOpenFile={openFile} />
                </Suspense>
              </ErrorBoundary>
            )}
          </section>
        </main>
      )}
      <footer className="container app-footer">
        <p>
          {t.app.footerBefore}{' '}
          <a href="https://ranchermanager.docs.rancher.com/reference-guides/best-practices/rancher-server/rancher-deployment-strategy">
            {t.app.footerLink}
          </a>{' '}
          {t.app.footerAfter}
        </p>
      </footer>
      {dragging ? (
        <div aria-hidden="true" className="drop-overlay">
          {t.app.dropOverlay}
        </div>
      ) : null}
    </div>
  );
}
