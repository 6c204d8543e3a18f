import { type ChangeEvent, useEffect, useId, useRef, useState } from 'react';
import { useResultMessages } from '../../components/i18n/use-result-messages';
import type { Answers } from '../../engine';
import { buildShareUrl } from '../../share/share-url';
import { ANSWERS_FILE_NAME, serializeAnswersFile } from '../answers-file/write-answers-file';
import { copyText, downloadText } from './download';
import './share-export.css';

export interface ShareActionsProps {
  readonly answers: Answers;
  /**
   * Opens a chosen answers file: the app replaces the current answers with it (the draft follows), or shows
   * what is wrong with it and keeps them. True when it was opened.
   */
  readonly onOpenFile: (file: File) => Promise<boolean>;
}

type Status = { readonly kind: 'done' | 'manual'; readonly text: string } | null;

const currentPage = () => window.location.href;

/** Share and export: copy the link, the decision record (copy, download), print, and answers files. */
export function ShareActions({ answers, onOpenFile }: ShareActionsProps) {
  const [status, setStatus] = useState<Status>(null);
  const [manualCopy, setManualCopy] = useState<{ label: string; text: string } | null>(null);
  const manualRef = useRef<HTMLTextAreaElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const manualId = useId();
  const { locale, r } = useResultMessages();
  const m = r.share;

  useEffect(() => {
    if (manualCopy) manualRef.current?.select();
  }, [manualCopy]);

  const copy = async (label: string, text: string) => {
    if (await copyText(text)) {
      setManualCopy(null);
      setStatus({ kind: 'done', text: m.copied(label) });
    } else {
      setManualCopy({ label, text });
      setStatus({ kind: 'manual', text: m.copyManually(label) });
    }
  };

  const decisionRecord = async () => {
    const { buildDecisionRecord } = await import('./decision-record-file');
    return buildDecisionRecord(answers, currentPage(), locale);
  };

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
      <p className="card-lede">{m.lede}</p>
      <div className="share-actions-row">
        <button
          className="button button--primary"
          onClick={() => copy(m.link, buildShareUrl(answers, currentPage()))}
          type="button"
        >
          {m.copyLink}
        </button>
        <button
          className="button button--secondary"
          onClick={async () => copy(m.record, await decisionRecord())}
          type="button"
        >
          {m.copyRecord}
        </button>
        <button
          className="button button--secondary"
          onClick={async () => {
            const { DECISION_RECORD_FILE_NAME } = await import('./decision-record-file');
            downloadText(DECISION_RECORD_FILE_NAME, await decisionRecord(), 'text/markdown;charset=utf-8');
            setStatus({ kind: 'done', text: m.recordDownloaded(DECISION_RECORD_FILE_NAME) });
          }}
          type="button"
        >
          {m.downloadRecord}
        </button>
        <button className="button button--secondary" onClick={() => window.print()} type="button">
          {m.print}
        </button>
      </div>
      <div className="share-actions-row">
        <button
          className="button button--ghost"
          onClick={() => {
            const schemaUrl = new URL('answers.schema.json', document.baseURI).href;
            downloadText(ANSWERS_FILE_NAME, serializeAnswersFile(answers, schemaUrl), 'application/json');
            setStatus({ kind: 'done', text: m.answersDownloaded(ANSWERS_FILE_NAME) });
          }}
          type="button"
        >
          {m.downloadAnswers}
        </button>
        <button className="button button--ghost" onClick={() => fileInput.current?.click()} type="button">
          {m.openAnswers}
        </button>
        <input
          accept=".json,application/json"
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
      {manualCopy ? (
        <div className="share-actions-manual">
          <label htmlFor={manualId}>{m.toCopy(manualCopy.label)}</label>
          <textarea
            id={manualId}
            readOnly
            ref={manualRef}
            rows={manualCopy.label === m.link ? 2 : 8}
            value={manualCopy.text}
          />
        </div>
      ) : null}
    </section>
  );
}
