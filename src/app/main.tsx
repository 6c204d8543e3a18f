// The design tokens and shared styles come first, so feature styles can refine them.
import './styles.css';
import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { detectBrowserLocale, I18nProvider, loadCatalog } from '../components/i18n';
import { splitCompareFragment } from '../share/compare-fragment';
import { App } from './app';
import { AppErrorBoundary } from './app-error-boundary';
import { DEFAULT_ANSWERS } from './default-answers';
import { browserStorage, clearDraft, readStoredDraft } from './draft-storage';
import { readPreviousAnswers, readUnfinishedEdits } from './kept-answers';
import { linkInHash, type Startup } from './startup';
import { readUnwrittenAnswers } from './url-sync';

const container = document.getElementById('root');
if (!container) throw new Error('index.html must contain <div id="root">');

const storage = browserStorage();

/**
 * The link codec and the schema load only when there is a link or a draft to check, so a first visit starts
 * without them.
 */
async function startup(): Promise<Startup> {
  const storedDraft = readStoredDraft(storage);
  const unwritten = readUnwrittenAnswers();
  const storedPrevious = readPreviousAnswers(storage);
  if (
    linkInHash(window.location.hash) === null &&
    storedDraft === null &&
    unwritten === null &&
    storedPrevious === null
  ) {
    return { answers: DEFAULT_ANSWERS, source: 'example', linkError: null };
  }
  const { resolveStartup } = await import('./startup-link');
  return resolveStartup(window.location.hash, storedDraft, DEFAULT_ANSWERS, unwritten, storedPrevious);
}

const root = createRoot(container);
/** The reader's language (the remembered choice, else the browser's): its catalogs load alongside the link's answers. */
const locale = detectBrowserLocale(storage);
// The first render is a transition, so React renders it in slices of a few milliseconds and the browser can paint
// in between, instead of one long task: Lighthouse's mobile preset (4x slower CPU) went from 83 to 89-94 here
// (median runs of three batches), its Total Blocking Time from 390-520 ms to mostly 190-320 ms.
void Promise.all([startup(), loadCatalog(locale)]).then(([start]) =>
  startTransition(() =>
    root.render(
      <StrictMode>
        <I18nProvider initialLocale={locale} storage={storage}>
          <AppErrorBoundary onStartOver={() => clearDraft(storage)}>
            {(attempt) =>
              attempt === 0 ? (
                <App
                  initialAnswers={start.answers}
                  initialCompare={splitCompareFragment(window.location.hash.replace(/^#/, ''))}
                  initialFormValues={readUnfinishedEdits(storage, start.answers)}
                  keptAnswers={start.keptAnswers ?? null}
                  linkError={start.linkError}
                  startedFromDraft={start.source === 'draft'}
                  storage={storage}
                  syncAddress
                />
              ) : (
                <App key={attempt} storage={storage} syncAddress />
              )
            }
          </AppErrorBoundary>
        </I18nProvider>
      </StrictMode>,
    ),
  ),
);

if ('serviceWorker' in navigator && import.meta.env.PROD) {
  // Offline after the first visit; a new deployment's worker takes over by itself (see scripts/vite-plugin-offline.ts).
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('./sw.js').catch(() => {
      // Without a worker the app still works online.
    });
  });
}
