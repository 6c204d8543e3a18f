import { type ChangeEvent, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useI18n } from '../../components/i18n';
import { useEstateImportMessages } from '../../components/i18n/use-estate-import-messages';
import type { Answers } from '../../engine';
import {
  type EstateImport,
  type ImportMode,
  importEstate,
  importMessagesFor,
  planImport,
  type SourceText,
} from '../../engine/estate-import';
import { jsonSyntaxErrorOffset } from '../../share/json-syntax';
import { decodeTextFile } from '../../share/text-encoding';
import type { AppliedImport } from './applied-import';
import { ImportPreview } from './import-preview';
import { regionNamer } from './preview-data';
import './import-panel.css';

/** Files bigger than this are no cluster list (Rancher's list of 2,000 clusters is some tens of MB). */
const MAX_SOURCE_BYTES = 100_000_000;
/** Problems shown at once; a list with hundreds of bad rows names the first ones and how many more. */
const PROBLEMS_SHOWN = 12;

interface OpenedFile {
  readonly id: number;
  readonly name: string;
  /** The text, or why there is none. */
  readonly read: { readonly text: string } | { readonly problem: 'not-text' | 'too-large'; readonly bytes: number };
}

type Reading =
  | { readonly kind: 'none' }
  | { readonly kind: 'problems'; readonly messages: readonly string[] }
  | { readonly kind: 'read'; readonly estate: EstateImport };

export interface ImportPanelProps {
  readonly answers: Answers;
  readonly onApply: (applied: AppliedImport) => void;
  readonly onCancel: () => void;
}

/** Paste or open cluster lists, preview what they change, apply. */
export default function ImportPanel({ answers, onApply, onCancel }: ImportPanelProps) {
  const { locale } = useI18n();
  const m = useEstateImportMessages();
  const words = importMessagesFor(locale);
  const [text, setText] = useState('');
  const [files, setFiles] = useState<readonly OpenedFile[]>([]);
  const [reading, setReading] = useState<Reading>({ kind: 'none' });
  const [mode, setMode] = useState<ImportMode>('merge');
  const [placements, setPlacements] = useState<ReadonlyMap<string, string>>(new Map());
  const fileInput = useRef<HTMLInputElement>(null);
  const textareaRef = useRef<HTMLTextAreaElement>(null);
  const nextFileId = useRef(0);
  const ids = { paste: useId(), pasteHelp: useId(), files: useId() };

  useEffect(() => textareaRef.current?.focus(), []);

  // A changed source makes the preview stale: it is read again on Preview.
  const changeSources = () => {
    setReading({ kind: 'none' });
    setPlacements(new Map());
  };

  const openFiles = async (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = [...(event.target.files ?? [])];
    event.target.value = '';
    const opened = await Promise.all(
      chosen.map(async (file): Promise<OpenedFile> => {
        const id = nextFileId.current++;
        if (file.size > MAX_SOURCE_BYTES)
          return { id, name: file.name, read: { problem: 'too-large', bytes: file.size } };
        // UTF-8, or UTF-16 with its byte order mark (Windows PowerShell 5 writes `az … > file` so).
        const text = decodeTextFile(new Uint8Array(await file.arrayBuffer()));
        return { id, name: file.name, read: text === undefined ? { problem: 'not-text', bytes: file.size } : { text } };
      }),
    );
    setFiles((before) => [...before, ...opened]);
    changeSources();
  };

  const preview = () => {
    const sources: SourceText[] = [];
    const problems: string[] = [];
    for (const file of files) {
      if ('text' in file.read) sources.push({ name: file.name, text: file.read.text });
      else if (file.read.problem === 'not-text') problems.push(words.problem({ kind: 'not-text', source: file.name }));
      else problems.push(m.tooLarge(file.name, Math.round(file.read.bytes / 1_000_000)));
    }
    if (text.trim() !== '') sources.push({ name: m.pastedName, text });
    if (sources.length === 0 && problems.length === 0) problems.push(m.nothingToRead);
    const result = sources.length === 0 ? null : importEstate(sources, { locateJsonError: jsonSyntaxErrorOffset });
    if (result !== null && !result.ok) problems.push(...result.problems.map(words.problem));
    setPlacements(new Map());
    setReading(
      problems.length > 0 || result === null || !result.ok
        ? { kind: 'problems', messages: problems }
        : { kind: 'read', estate: result.value },
    );
  };

  const estate = reading.kind === 'read' ? reading.estate : undefined;
  const plan = useMemo(
    () => (estate === undefined ? undefined : planImport(answers, estate, { mode, placements })),
    [answers, estate, mode, placements],
  );
  const regionName = useMemo(
    () => (estate === undefined ? undefined : regionNamer(estate, answers)),
    [estate, answers],
  );

  const apply = () => {
    if (plan === undefined || !plan.result.ok) return;
    const count = (change: string) => plan.changes.filter((each) => each.change === change).length;
    onApply({
      previous: answers,
      applied: plan.result.answers,
      added: count('added'),
      changed: count('changed'),
      removed: count('removed'),
    });
  };

  const place = (key: string, regionId: string | undefined) =>
    setPlacements((before) => {
      const next = new Map(before);
      if (regionId === undefined) next.delete(key);
      else next.set(key, regionId);
      return next;
    });

  return (
    <div className="import-panel">
      <div className="import-sources">
        <p className="field-help">{m.intro}</p>
        <ul className="import-commands">
          {m.commands.map(({ what, command }) => (
            <li key={command}>
              <span>{what}</span> <code>{command}</code>
            </li>
          ))}
        </ul>
        <p className="field-help import-privacy">{m.privacy}</p>
      </div>
      <div className="field">
        <label className="field-label" htmlFor={ids.paste}>
          {m.pasteLabel}
        </label>
        <p className="field-help" id={ids.pasteHelp}>
          {m.pasteHelp}
        </p>
        <textarea
          aria-describedby={ids.pasteHelp}
          autoComplete="off"
          className="input import-textarea"
          id={ids.paste}
          onChange={(event) => {
            setText(event.target.value);
            changeSources();
          }}
          ref={textareaRef}
          rows={8}
          spellCheck={false}
          value={text}
        />
      </div>
      <div className="import-files">
        <input
          accept=".json,.csv,.txt,application/json,text/csv,text/plain"
          aria-label={m.fileInputLabel}
          className="visually-hidden"
          multiple
          onChange={(event) => void openFiles(event)}
          ref={fileInput}
          tabIndex={-1}
          type="file"
        />
        <button
          className="button button--secondary button--small"
          onClick={() => fileInput.current?.click()}
          type="button"
        >
          {m.openFiles}
        </button>
        {files.length > 0 ? (
          <ul aria-label={m.filesHeading} className="import-file-list" id={ids.files}>
            {files.map((file) => (
              <li key={file.id}>
                <span className="import-file-name">{file.name}</span>
                <button
                  className="button button--ghost button--small"
                  onClick={() => {
                    setFiles((before) => before.filter((each) => each.id !== file.id));
                    changeSources();
                  }}
                  type="button"
                >
                  {m.remove}
                  <span className="visually-hidden"> {file.name}</span>
                </button>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
      <div className="import-actions">
        <button className="button button--primary" onClick={preview} type="button">
          {m.preview}
        </button>
        <button className="button button--ghost" onClick={onCancel} type="button">
          {m.cancel}
        </button>
      </div>
      {reading.kind === 'problems' ? (
        <div className="notice notice--error" role="alert">
          <h3 className="card-title">{m.problemsTitle}</h3>
          <ul className="import-problems">
            {reading.messages.slice(0, PROBLEMS_SHOWN).map((message) => (
              <li key={message}>{message}</li>
            ))}
          </ul>
          {reading.messages.length > PROBLEMS_SHOWN ? (
            <p>{m.moreProblems(reading.messages.length - PROBLEMS_SHOWN)}</p>
          ) : null}
        </div>
      ) : null}
      {estate !== undefined && plan !== undefined && regionName !== undefined ? (
        <ImportPreview
          answers={answers}
          estate={estate}
          mode={mode}
          onApply={apply}
          onCancel={onCancel}
          onMode={setMode}
          onPlace={place}
          placements={placements}
          plan={plan}
          regionName={regionName}
        />
      ) : null}
    </div>
  );
}
