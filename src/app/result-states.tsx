// What the result column shows when there is no result to show yet, or none to trust.
import { useI18n } from '../components/i18n';

/** Holds the verdict's place while the result's code arrives, so nothing jumps. */
export function ResultPlaceholder() {
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
export function ResultWithheld({
  keptAnswersAre,
  onShow,
}: {
  keptAnswersAre: 'draft' | 'example';
  onShow: () => void;
}) {
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
export function ResultError({ error }: { error: Error }) {
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
export function ResultAwaitingRegion() {
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
