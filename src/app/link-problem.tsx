import { useEffect, useRef } from 'react';
import { useI18n } from '../components/i18n';
import type { ShareLinkError } from '../share';

export interface LinkProblemProps {
  readonly error: ShareLinkError;
  /** What is on screen instead of the link's answers. */
  readonly keptAnswersAre: 'draft' | 'example';
  readonly onStartOver: () => void;
  readonly onDismiss: () => void;
}

/** Explains a share link that could not be opened, and what the person can do; focus moves here. */
export function LinkProblem({ error, keptAnswersAre, onStartOver, onDismiss }: LinkProblemProps) {
  const ref = useRef<HTMLDivElement>(null);
  const { t } = useI18n();
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <div
      aria-labelledby="link-problem-title"
      className="card notice notice--error"
      ref={ref}
      role="alert"
      tabIndex={-1}
    >
      <h2 className="card-title" id="link-problem-title">
        {t.linkProblem.headings[error.kind]}
      </h2>
      <p className="notice-text">{t.linkProblem.explain(error.kind, error.reason)}</p>
      <p>{keptAnswersAre === 'draft' ? t.linkProblem.keptDraft : t.linkProblem.keptExample}</p>
      <div className="notice-actions">
        <button className="button button--primary button--small" onClick={onDismiss} type="button">
          {keptAnswersAre === 'draft' ? t.linkProblem.continueDraft : t.linkProblem.continueExample}
        </button>
        {keptAnswersAre === 'draft' ? (
          <button className="button button--secondary button--small" onClick={onStartOver} type="button">
            {t.linkProblem.startOverWithExample}
          </button>
        ) : null}
      </div>
    </div>
  );
}
