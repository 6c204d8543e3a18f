import { lazy, Suspense, useEffect, useId, useRef, useState } from 'react';
import { useI18n } from '../../components/i18n';
import type { Answers } from '../../engine';
import type { AppliedImport } from './applied-import';
import './estate-import.css';

// The panel (the readers, the preview and their words in both languages) loads when the person opens it, and starts
// loading as the pointer or focus reaches the button, so it is there by the click.
const loadPanel = () => import('./import-panel');
const ImportPanel = lazy(loadPanel);

export interface EstateImportProps {
  /** The answers the import merges into (or replaces the regions of). */
  readonly answers: Answers;
  /** Puts new answers in place of the current ones: the import's, or the ones before it when it is undone. */
  readonly onApply: (next: Answers) => void;
}

/**
 * "Import clusters": reads cluster lists of Rancher and the clouds' CLIs, or a CSV, previews what they change, and
 * applies them (merged or in place of the regions), with an undo while the answers are still the imported ones.
 * Nothing is sent anywhere.
 */
export function EstateImport({ answers, onApply }: EstateImportProps) {
  const { t } = useI18n();
  const m = t.estateImport;
  const [open, setOpen] = useState(false);
  const [last, setLast] = useState<AppliedImport | null>(null);
  const [undone, setUndone] = useState(false);
  const [focusStatus, setFocusStatus] = useState(false);
  const statusRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const panelId = useId();

  useEffect(() => {
    if (!focusStatus) return;
    statusRef.current?.focus();
    setFocusStatus(false);
  }, [focusStatus]);

  // Undo stays while the answers are the ones the import made: after further edits it would throw those away. An
  // import into an empty start has no answers to go back to (start over instead).
  const canUndo =
    last !== null && last.previous.regions.length > 0 && JSON.stringify(last.applied) === JSON.stringify(answers);

  const apply = (result: AppliedImport) => {
    setLast(result);
    setUndone(false);
    setOpen(false);
    setFocusStatus(true);
    onApply(result.applied);
  };

  const undo = () => {
    if (last === null) return;
    onApply(last.previous);
    setLast(null);
    setUndone(true);
    setFocusStatus(true);
  };

  const dismiss = () => {
    setLast(null);
    setUndone(false);
    buttonRef.current?.focus();
  };

  const close = () => {
    setOpen(false);
    buttonRef.current?.focus();
  };

  return (
    <section aria-labelledby={titleId} className="card estate-import no-print">
      <div className="estate-import-head">
        <div>
          <h2 className="card-title" id={titleId}>
            {m.title}
          </h2>
          <p className="card-lede">{m.lede}</p>
        </div>
        <button
          aria-controls={open ? panelId : undefined}
          aria-expanded={open}
          className="button button--secondary"
          onClick={() => (open ? close() : setOpen(true))}
          onFocus={() => void loadPanel()}
          onPointerEnter={() => void loadPanel()}
          ref={buttonRef}
          type="button"
        >
          <svg aria-hidden="true" className="icon" focusable="false" viewBox="0 0 16 16">
            <path d={open ? 'm4 4 8 8M12 4l-8 8' : 'M8 2v8M4.5 6.5 8 10l3.5-3.5M3 13h10'} />
          </svg>
          {open ? m.close : m.open}
        </button>
      </div>
      {(canUndo || undone) && !open ? (
        <div className="notice estate-import-status" ref={statusRef} role="status" tabIndex={-1}>
          <p>{undone ? m.undone : last ? m.applied(last.added, last.changed, last.removed) : null}</p>
          <div className="notice-actions">
            {canUndo ? (
              <button className="button button--secondary button--small" onClick={undo} type="button">
                {m.undo}
              </button>
            ) : null}
            <button className="button button--ghost button--small" onClick={dismiss} type="button">
              {m.dismiss}
            </button>
          </div>
        </div>
      ) : null}
      {open ? (
        <div className="estate-import-panel" id={panelId}>
          <Suspense fallback={<p className="field-help">{m.loading}</p>}>
            <ImportPanel answers={answers} onApply={apply} onCancel={close} />
          </Suspense>
        </div>
      ) : null}
    </section>
  );
}
