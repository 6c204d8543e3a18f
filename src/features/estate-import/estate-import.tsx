import { lazy, Suspense, useId, useRef, useState } from 'react';
import { useI18n } from '../../components/i18n';
import type { Answers } from '../../engine';
import type { AppliedImport, ImportOutcome } from './applied-import';
import './estate-import.css';

// The panel (the readers, the preview and their words in both languages) loads when the person opens it, and starts
// loading as the pointer or focus reaches the button, so it is there by the click.
const loadPanel = () => import('./import-panel');
const ImportPanel = lazy(loadPanel);
// What the last import did: it shows only after the panel has applied one, so its code comes later too.
const ImportStatus = lazy(() => import('./import-status'));

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
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const panelId = useId();

  const apply = (applied: AppliedImport) => {
    setOutcome({ kind: 'applied', applied });
    setOpen(false);
    onApply(applied.applied);
  };

  const undo = () => {
    if (outcome?.kind !== 'applied') return;
    onApply(outcome.applied.previous);
    setOutcome({ kind: 'undone' });
  };

  const dismiss = () => {
    setOutcome(null);
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
      {outcome !== null && !open ? (
        <Suspense fallback={null}>
          <ImportStatus answers={answers} key={outcome.kind} onDismiss={dismiss} onUndo={undo} outcome={outcome} />
        </Suspense>
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
