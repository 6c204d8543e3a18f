import { useEffect, useRef } from 'react';
import { useEstateImportMessages } from '../../components/i18n/use-estate-import-messages';
import type { Answers } from '../../engine';
import type { ImportOutcome } from './applied-import';

export interface ImportStatusProps {
  readonly outcome: ImportOutcome;
  /** The answers now: the undo stays only while they are the ones the import made. */
  readonly answers: Answers;
  readonly onUndo: () => void;
  readonly onDismiss: () => void;
}

/**
 * What the last import did, with the way back. Loaded with the panel's code (it only shows after the panel applied
 * an import), so the first load carries none of it. Focus moves here when it appears, as for the app's notices (the
 * launcher gives each outcome its own instance).
 */
export default function ImportStatus({ outcome, answers, onUndo, onDismiss }: ImportStatusProps) {
  const m = useEstateImportMessages();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  // After further edits an undo would throw those away; an import into an empty start has no answers to go back to.
  const canUndo =
    outcome.kind === 'applied' &&
    outcome.applied.previous.regions.length > 0 &&
    JSON.stringify(outcome.applied.applied) === JSON.stringify(answers);
  if (outcome.kind === 'applied' && !canUndo && outcome.applied.previous.regions.length > 0) return null;
  return (
    <div className="notice estate-import-status" ref={ref} role="status" tabIndex={-1}>
      <p>
        {outcome.kind === 'undone'
          ? m.undone
          : m.applied(outcome.applied.added, outcome.applied.changed, outcome.applied.removed)}
      </p>
      <div className="notice-actions">
        {canUndo ? (
          <button className="button button--secondary button--small" onClick={onUndo} type="button">
            {m.undo}
          </button>
        ) : null}
        <button className="button button--ghost button--small" onClick={onDismiss} type="button">
          {m.dismiss}
        </button>
      </div>
    </div>
  );
}
