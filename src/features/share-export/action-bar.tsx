import { useEffect, useId, useRef } from 'react';
import { useResultMessages } from '../../components/i18n/use-result-messages';
import type { Answers } from '../../engine';
import { useShareActions } from './use-share-actions';
import './share-export.css';

export interface ActionBarProps {
  readonly answers: Answers;
}

/**
 * Share and export at the top of the result, sticky while the result scrolls: the link and print at hand, the
 * decision record and the answers file one click further. What an action did is said right under the bar.
 */
export function ActionBar({ answers }: ActionBarProps) {
  const actions = useShareActions(answers);
  const { r } = useResultMessages();
  const m = r.share;
  const menuRef = useRef<HTMLDetailsElement>(null);
  const manualRef = useRef<HTMLTextAreaElement>(null);
  const manualId = useId();
  const { status, manualCopy, clear } = actions;

  useEffect(() => {
    if (manualCopy) manualRef.current?.select();
  }, [manualCopy]);

  // A confirmation is a moment's news: it leaves on its own (a copy the browser refused stays until dismissed).
  useEffect(() => {
    if (status?.kind !== 'done') return;
    const timer = setTimeout(clear, STATUS_SHOWN_MS);
    return () => clearTimeout(timer);
  }, [status, clear]);

  // The menu closes on a click elsewhere, like any menu.
  useEffect(() => {
    const closeOutside = (event: PointerEvent) => {
      const menu = menuRef.current;
      if (menu?.open && event.target instanceof Node && !menu.contains(event.target)) menu.open = false;
    };
    document.addEventListener('pointerdown', closeOutside);
    return () => document.removeEventListener('pointerdown', closeOutside);
  }, []);

  const fromMenu = (action: () => unknown) => () => {
    if (menuRef.current) menuRef.current.open = false;
    void action();
  };

  return (
    <section aria-label={m.barLabel} className="action-bar no-print">
      <div className="action-bar-row">
        <button className="button button--primary button--small" onClick={actions.copyLink} type="button">
          {m.copyLink}
        </button>
        <button className="button button--secondary button--small" onClick={actions.print} type="button">
          {m.printShort}
        </button>
        <details
          className="action-bar-menu"
          onKeyDown={(event) => {
            const menu = menuRef.current;
            if (event.key !== 'Escape' || !menu?.open) return;
            menu.open = false;
            menu.querySelector('summary')?.focus();
          }}
          ref={menuRef}
        >
          <summary className="button button--secondary button--small">{m.moreExports}</summary>
          <div className="action-bar-menu-list">
            <button className="action-bar-menu-item" onClick={fromMenu(actions.copyRecord)} type="button">
              {m.copyRecord}
            </button>
            <button className="action-bar-menu-item" onClick={fromMenu(actions.downloadRecord)} type="button">
              {m.downloadRecord}
            </button>
            <button className="action-bar-menu-item" onClick={fromMenu(actions.downloadAnswers)} type="button">
              {m.downloadAnswers}
            </button>
          </div>
        </details>
      </div>
      <div className={`action-bar-status${status ? '' : ' is-empty'}`}>
        <p aria-live="polite" role="status">
          {status?.text}
        </p>
        {manualCopy ? (
          <div className="share-actions-manual">
            <label htmlFor={manualId}>{m.toCopy(manualCopy.label)}</label>
            <textarea
              id={manualId}
              readOnly
              ref={manualRef}
              rows={manualCopy.label === m.link ? 2 : 6}
              value={manualCopy.text}
            />
            <button className="button button--ghost button--small" onClick={clear} type="button">
              {m.closeManual}
            </button>
          </div>
        ) : null}
      </div>
    </section>
  );
}

/** How long "Link copied" stays under the bar, ms: long enough to read a short sentence twice. */
const STATUS_SHOWN_MS = 4000;
