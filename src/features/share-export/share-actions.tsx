import { type ChangeEvent, useEffect, useId, useRef, useState } from 'react';
import type { Answers } from '../../engine';
import { buildShareUrl } from '../../share';
import {
  ANSWERS_FILE_NAME,
  checkAnswersFile,
  readAnswersFile,
  serializeAnswersFile,
} from '../answers-file/answers-file';
import { copyText, downloadText } from './download';
import './share-export.css';

export interface ShareActionsProps {
  readonly answers: Answers;
  /** Answers opened from a file: the app replaces the current ones (the draft follows). */
  readonly onOpenAnswers: (answers: Answers) => void;
  /** A file that could not be opened: the app shows the message; the current answers stay. */
  readonly onOpenProblem: (message: string) => void;
}

type Status = { readonly kind: 'done' | 'manual'; readonly text: string } | null;

const currentPage = () => window.location.href;

/** Share and export: copy the link, the decision record (copy, download), print, and answers files. */
export function ShareActions({ answers, onOpenAnswers, onOpenProblem }: ShareActionsProps) {
  const [status, setStatus] = useState<Status>(null);
  const [manualCopy, setManualCopy] = useState<{ label: string; text: string } | null>(null);
  const manualRef = useRef<HTMLTextAreaElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const manualId = useId();

  useEffect(() => {
    if (manualCopy) manualRef.current?.select();
  }, [manualCopy]);

  const copy = async (label: string, text: string) => {
    if (await copyText(text)) {
      setManualCopy(null);
      setStatus({ kind: 'done', text: `${label} copied to the clipboard.` });
    } else {
      setManualCopy({ label, text });
      setStatus({
        kind: 'manual',
        text: `This browser does not allow copying here: the ${label.toLowerCase()} is selected below; press Ctrl+C (⌘C on a Mac).`,
      });
    }
  };

  const decisionRecord = async () => {
    const { buildDecisionRecord } = await import('./decision-record-file');
    return buildDecisionRecord(answers, currentPage());
  };

  const onFileChosen = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    const problem = checkAnswersFile(file);
    if (problem) return onOpenProblem(problem);
    const read = readAnswersFile(await file.text(), file.name);
    if (read.ok) {
      onOpenAnswers(read.value);
      setStatus({ kind: 'done', text: `Opened ${file.name}.` });
    } else onOpenProblem(read.message);
  };

  return (
    <section aria-labelledby="share-actions-title" className="card share-actions no-print">
      <h2 className="card-title" id="share-actions-title">
        Share and export
      </h2>
      <p className="card-lede">
        The link holds your answers (in the part after #, which never reaches a server), so it reopens this
        recommendation exactly.
      </p>
      <div className="share-actions-row">
        <button
          className="button button--primary"
          onClick={() => copy('Link', buildShareUrl(answers, currentPage()))}
          type="button"
        >
          Copy link
        </button>
        <button
          className="button button--secondary"
          onClick={async () => copy('Decision record', await decisionRecord())}
          type="button"
        >
          Copy decision record
        </button>
        <button
          className="button button--secondary"
          onClick={async () => {
            const { DECISION_RECORD_FILE_NAME } = await import('./decision-record-file');
            downloadText(DECISION_RECORD_FILE_NAME, await decisionRecord(), 'text/markdown;charset=utf-8');
            setStatus({ kind: 'done', text: `Decision record downloaded as ${DECISION_RECORD_FILE_NAME}.` });
          }}
          type="button"
        >
          Download decision record (.md)
        </button>
        <button className="button button--secondary" onClick={() => window.print()} type="button">
          Print or save as PDF
        </button>
      </div>
      <div className="share-actions-row">
        <button
          className="button button--ghost"
          onClick={() => {
            const schemaUrl = new URL('answers.schema.json', document.baseURI).href;
            downloadText(ANSWERS_FILE_NAME, serializeAnswersFile(answers, schemaUrl), 'application/json');
            setStatus({ kind: 'done', text: `Answers downloaded as ${ANSWERS_FILE_NAME}.` });
          }}
          type="button"
        >
          Download answers (.json)
        </button>
        <button className="button button--ghost" onClick={() => fileInput.current?.click()} type="button">
          Open answers file…
        </button>
        <input
          accept=".json,application/json"
          aria-label="Answers file to open"
          className="visually-hidden"
          onChange={onFileChosen}
          ref={fileInput}
          tabIndex={-1}
          type="file"
        />
        <span className="share-actions-hint">or drop a .json file anywhere on the page</span>
      </div>
      <p aria-live="polite" className={`share-actions-status${status ? '' : ' is-empty'}`} role="status">
        {status?.text}
      </p>
      {manualCopy ? (
        <div className="share-actions-manual">
          <label htmlFor={manualId}>{manualCopy.label} to copy</label>
          <textarea
            id={manualId}
            readOnly
            ref={manualRef}
            rows={manualCopy.label === 'Link' ? 2 : 8}
            value={manualCopy.text}
          />
        </div>
      ) : null}
    </section>
  );
}
