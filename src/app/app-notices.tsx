// The notices above the questionnaire and the result: start over (with undo), and an answers file that was refused.
import { useEffect, useRef } from 'react';
import { useI18n } from '../components/i18n';
import type { Notice } from './app-state';

export interface AppNoticeProps {
  readonly notice: NonNullable<Notice>;
  readonly onUndoStartOver: () => void;
  readonly onStartOver: (to: 'example' | 'empty') => void;
  readonly onDismiss: () => void;
  /** Restores the answers a link replaced (or, after that, the link's answers again). */
  readonly onRestoreKept: () => void;
  readonly onDiscardKept: () => void;
}

/** One notice; focus moves to it, so a keyboard or screen-reader user is where the news is. */
export function AppNotice({
  notice,
  onUndoStartOver,
  onStartOver,
  onDismiss,
  onRestoreKept,
  onDiscardKept,
}: AppNoticeProps) {
  const { t } = useI18n();
  const ref = useRef<HTMLDivElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: each new notice (another file refused, the other start taken) takes focus again.
  useEffect(() => {
    ref.current?.focus();
  }, [notice]);
  const dismiss = (
    <button className="button button--ghost button--small" onClick={onDismiss} type="button">
      {t.app.dismiss}
    </button>
  );
  if (notice.kind === 'file-problem') {
    return (
      <div className="card notice notice--error" ref={ref} role="alert" tabIndex={-1}>
        <h2 className="card-title">{t.app.fileProblemTitle}</h2>
        <p className="notice-text">{notice.message}</p>
        <div className="notice-actions">{dismiss}</div>
      </div>
    );
  }
  if (notice.kind === 'answers-kept' || notice.kind === 'answers-restored') {
    const kept = notice.kind === 'answers-kept';
    return (
      <div className="card notice" ref={ref} role="status" tabIndex={-1}>
        <p>{kept ? t.app.answersKeptNotice : t.app.answersRestoredNotice}</p>
        <div className="notice-actions">
          <button className="button button--secondary button--small" onClick={onRestoreKept} type="button">
            {kept ? t.app.restoreKeptAnswers : t.app.undoRestore}
          </button>
          {kept ? (
            <button className="button button--ghost button--small" onClick={onDiscardKept} type="button">
              {t.app.discardKeptAnswers}
            </button>
          ) : null}
          {dismiss}
        </div>
      </div>
    );
  }
  return (
    <div className="card notice" ref={ref} role="status" tabIndex={-1}>
      <p>{notice.to === 'example' ? t.app.resetNotice : t.app.emptyNotice}</p>
      <div className="notice-actions">
        <button className="button button--secondary button--small" onClick={onUndoStartOver} type="button">
          {t.app.undoStartOver}
        </button>
        <button
          className="button button--secondary button--small"
          onClick={() => onStartOver(notice.to === 'example' ? 'empty' : 'example')}
          type="button"
        >
          {notice.to === 'example' ? t.app.startEmptyInstead : t.app.startWithExampleInstead}
        </button>
        {dismiss}
      </div>
    </div>
  );
}
