import { useEffect, useRef } from 'react';
import type { ShareLinkError } from '../share';

export interface LinkProblemProps {
  readonly error: ShareLinkError;
  /** What is on screen instead of the link's answers. */
  readonly keptAnswersAre: 'draft' | 'example';
  readonly onStartOver: () => void;
  readonly onDismiss: () => void;
}

const HEADINGS: Readonly<Record<ShareLinkError['kind'], string>> = {
  empty: 'This share link is empty',
  truncated: 'This share link is incomplete',
  corrupted: 'This share link is damaged',
  'unknown-version': 'This share link is from a newer version of the advisor',
  'too-large': 'This share link is too long to be genuine',
  'invalid-answers': 'This share link holds answers the advisor cannot use',
};

/** Explains a share link that could not be opened, and what the person can do; focus moves here. */
export function LinkProblem({ error, keptAnswersAre, onStartOver, onDismiss }: LinkProblemProps) {
  const ref = useRef<HTMLDivElement>(null);
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
        {HEADINGS[error.kind]}
      </h2>
      <p className="notice-text">{error.message}</p>
      <p>
        {keptAnswersAre === 'draft'
          ? 'Your own saved answers are shown below, unchanged. Ask the sender for a fresh link, or carry on with your answers.'
          : 'The example answers are shown below. Ask the sender for a fresh link, or start from the example.'}
      </p>
      <div className="notice-actions">
        <button className="button button--primary button--small" onClick={onDismiss} type="button">
          {keptAnswersAre === 'draft' ? 'Continue with my answers' : 'Continue with the example'}
        </button>
        {keptAnswersAre === 'draft' ? (
          <button className="button button--secondary button--small" onClick={onStartOver} type="button">
            Start over with the example
          </button>
        ) : null}
      </div>
    </div>
  );
}
