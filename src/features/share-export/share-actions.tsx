import type { ChangeEvent } from 'react';
import { useRef } from 'react';
import { useResultMessages } from '../../components/i18n/use-result-messages';
import type { Answers } from '../../engine';
import { useShareActions } from './use-share-actions';
import './share-export.css';
import { wordGap } from '../../components/i18n/word-gap';

export interface ShareActionsProps {
  readonly answers: Answers;
  /**
   * Opens a chosen answers file: the app replaces the current answers with it (the draft follows), or shows
   * what is wrong with it and keeps them. True when it was opened.
   */
  readonly onOpenFile: (file: File) => Promise<boolean>;
}

/**
 * The end of the result: what the link holds, where the exports are (the bar at the top of the result), and
 * answers files to open or save.
 */
export function ShareActions({ answers, onOpenFile }: ShareActionsProps) {
  const { status, setStatus, downloadAnswers } = useShareActions(answers);
  const fileInput = useRef<HTMLInputElement>(null);
  const { locale, r } = useResultMessages();
  const m = r.share;

  const onFileChosen = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (file && (await onOpenFile(file))) setStatus({ kind: 'done', text: m.opened(file.name) });
  };

  return (
    <section aria-labelledby="share-actions-title" className="card share-actions no-print">
      <h2 className="card-title" id="share-actions-title">
        {m.title}
      </h2>
      <p className="card-lede">
        {m.lede}
        {wordGap(locale, m.lede, m.barPointer)}
        {m.barPointer}
      </p>
      <div className="share-actions-row">
        <button className="button button--ghost" onClick={downloadAnswers} type="button">
          {m.saveAnswers}
        </button>
        <button className="button button--ghost" onClick={() => fileInput.current?.click()} type="button">
          {m.openAnswers}
        </button>
        <input
          accept=".json,.yaml,.yml,application/json,application/yaml"
          aria-label={m.fileInput}
          className="visually-hidden"
          onChange={onFileChosen}
          ref={fileInput}
          tabIndex={-1}
          type="file"
        />
        <span className="share-actions-hint">{m.dropHint}</span>
      </div>
      <p aria-live="polite" className={`share-actions-status${status ? '' : ' is-empty'}`} role="status">
        {status?.text}
      </p>
    </section>
  );
}
