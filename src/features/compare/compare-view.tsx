import { type FormEvent, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useReviewMessages } from '../../components/i18n/use-review-messages';
import {
  type Answers,
  type ComparedVersionSummary,
  confidenceLabel,
  regionDisplayName,
  STRATEGIES,
  strategyName,
} from '../../engine';
import { MAX_COMPARED_VERSIONS } from '../../share/compare-fragment';
import { buildCompareUrl, decodeComparedLinks, readPastedLinks } from '../../share/compare-link';
import { encodeAnswers } from '../../share/share-url';
import { diffAnswers } from './answer-diff';
import { answerLabel, answerValue } from './answer-words';
import { readVersions } from './compared-versions';
import { rankFactorChanges } from './factor-changes';
import { ScoreChart } from './score-chart';
import { describeVersionPlanes } from './version-planes';
import { VersionTable } from './version-table';
import './compare.css';

export interface CompareViewProps {
  /** The share payloads to compare, in order (from a compare link, or the current answers'). */
  readonly initialPayloads: readonly string[];
  /** Payloads the compare link held beyond the most that compare (MAX_COMPARED_VERSIONS). */
  readonly leftOut?: number;
  /** The answers in the advisor, for "Compare with the current answers". */
  readonly currentAnswers: Answers;
  /** Called with the compared payloads whenever they change: the app keeps the address in step. */
  readonly onPayloadsChange?: (payloads: readonly string[]) => void;
  /** Opens one version in the advisor, to read it in full or make one's own version from it. */
  readonly onOpenVersion: (answers: Answers) => void;
  readonly onClose: () => void;
  /** Downloads a version's decision record listing the versions compared; resolves to the file's name. */
  readonly onDownloadRecord?: (answers: Answers, compared: readonly ComparedVersionSummary[]) => Promise<string>;
  /** The page's address, for the links to each version and to the comparison. */
  readonly pageUrl?: () => string;
}

const currentPage = () => window.location.href;

function withFragment(pageUrl: string, payload: string): string {
  const hash = pageUrl.indexOf('#');
  return `${hash === -1 ? pageUrl : pageUrl.slice(0, hash)}#${payload}`;
}

async function copyText(text: string): Promise<boolean> {
  try {
    if (!navigator.clipboard) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * Two or more versions of a decision side by side: each one's verdict, scores and confidence, the answers that
 * differ, and the factors whose points changed most. The versions live in share links only (pasted, or in this
 * view's own compare link); a link that cannot be read is named, and the others still compare.
 */
export function CompareView({
  initialPayloads,
  leftOut: initialLeftOut = 0,
  currentAnswers,
  onPayloadsChange,
  onOpenVersion,
  onClose,
  onDownloadRecord,
  pageUrl = currentPage,
}: CompareViewProps) {
  const { v, t, locale } = useReviewMessages();
  const m = v.compare;
  const [payloads, setPayloads] = useState<readonly string[]>(initialPayloads);
  const [leftOut, setLeftOut] = useState(initialLeftOut);
  const [pasted, setPasted] = useState('');
  const [pasteProblem, setPasteProblem] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [manualLink, setManualLink] = useState<string | null>(null);
  const pasteId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  useEffect(() => {
    onPayloadsChange?.(payloads);
  }, [payloads, onPayloadsChange]);

  const links = useMemo(() => decodeComparedLinks(payloads), [payloads]);
  const { versions, merged } = useMemo(
    () =>
      readVersions(links, locale, (answers, position) =>
        answers.decision?.author ? m.versionOf(answers.decision.author) : m.versionLabel(position),
      ),
    [links, locale, m],
  );
  const unreadable = links.flatMap((link) =>
    link.result.ok ? [] : [{ position: link.position, error: link.result.error }],
  );
  const currentPayload = useMemo(() => encodeAnswers(currentAnswers), [currentAnswers]);

  const addPayloads = (added: readonly string[]) => {
    const fresh = added.filter((payload) => !payloads.includes(payload));
    if (fresh.length < added.length) setStatus(m.alreadyCompared);
    const all = [...payloads, ...fresh];
    setPayloads(all.slice(0, MAX_COMPARED_VERSIONS));
    setLeftOut(Math.max(0, all.length - MAX_COMPARED_VERSIONS));
  };

  const onPaste = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const read = readPastedLinks(pasted);
    if (read.length === 0) {
      setPasteProblem(m.nothingPasted);
      return;
    }
    setPasteProblem(null);
    setPasted('');
    addPayloads(read);
  };

  const removeAt = (position: number) => {
    setPayloads(payloads.filter((_, index) => index !== position - 1));
    setLeftOut(0);
  };

  const summaries = (): ComparedVersionSummary[] =>
    versions.map((version) => ({
      label: version.label,
      strategy: version.recommendation.strategy,
      scores: version.recommendation.scores,
      url: withFragment(pageUrl(), version.payload),
    }));

  const copyCompareLink = async () => {
    const link = buildCompareUrl(payloads, pageUrl());
    if (await copyText(link)) {
      setManualLink(null);
      setStatus(m.linkCopied);
    } else {
      setManualLink(link);
      setStatus(m.copyManually);
    }
  };

  const differences = versions.length > 1 ? diffAnswers(versions.map((version) => version.answers)) : [];
  const factorChanges = versions.length > 1 ? rankFactorChanges(versions.map((version) => version.recommendation)) : [];
  const nameOf = (strategy: (typeof STRATEGIES)[number]) => strategyName(strategy, locale);
  // In bars and table cells, where the full name ("中心辐射（Hub & Spoke）") would wrap.
  const shortNameOf = (strategy: (typeof STRATEGIES)[number]) => strategyName(strategy, locale, 'short');

  const regionName = (regionId: string) => {
    const regions = versions.flatMap((version) => version.answers.regions);
    return regionDisplayName(regions.find((region) => region.id === regionId && region.name) ?? { id: regionId });
  };

  const labels = versions.map((version) => version.label);
  return (
    <section aria-labelledby="compare-title" className="compare">
      <div className="card compare-intro">
        <div className="compare-intro-top">
          <h2 className="card-title" id="compare-title" ref={headingRef} tabIndex={-1}>
            {m.title}
          </h2>
          <button className="button button--ghost button--small" onClick={onClose} type="button">
            {m.back}
          </button>
        </div>
        <p className="card-lede">{m.lede}</p>
        <form className="compare-paste" onSubmit={onPaste}>
          <label className="field-label" htmlFor={pasteId}>
            {m.pasteLabel}
          </label>
          <p className="field-help" id={`${pasteId}-help`}>
            {m.pasteHelp}
          </p>
          <textarea
            aria-describedby={`${pasteId}-help${pasteProblem ? ` ${pasteId}-problem` : ''}`}
            className="input compare-paste-input"
            id={pasteId}
            onChange={(event) => setPasted(event.target.value)}
            rows={3}
            spellCheck={false}
            value={pasted}
          />
          {pasteProblem ? (
            <p className="field-error" id={`${pasteId}-problem`} role="alert">
              {pasteProblem}
            </p>
          ) : null}
          <div className="compare-actions">
            <button className="button button--primary" type="submit">
              {m.add}
            </button>
            <button
              className="button button--secondary"
              disabled={payloads.includes(currentPayload)}
              onClick={() => addPayloads([currentPayload])}
              type="button"
            >
              {m.addCurrent}
            </button>
            <button
              className="button button--ghost"
              disabled={payloads.length === 0}
              onClick={copyCompareLink}
              type="button"
            >
              {m.copyLink}
            </button>
          </div>
        </form>
        <p aria-live="polite" className={`compare-status${status ? '' : ' is-empty'}`} role="status">
          {status}
        </p>
        {manualLink ? (
          <textarea
            aria-label={m.copyLink}
            className="input compare-manual"
            readOnly
            ref={(element) => element?.select()}
            rows={2}
            value={manualLink}
          />
        ) : null}
      </div>

      {unreadable.length > 0 || leftOut > 0 ? (
        <div aria-labelledby="compare-unreadable-title" className="card notice notice--error" role="alert">
          <h3 className="card-title" id="compare-unreadable-title">
            {unreadable.length > 0 ? m.unreadableTitle(unreadable.length) : m.leftOut(leftOut, MAX_COMPARED_VERSIONS)}
          </h3>
          {unreadable.length > 0 ? (
            <ul className="compare-unreadable">
              {unreadable.map(({ position, error }) => (
                <li key={position}>
                  {m.unreadable(m.versionLabel(position), position, t.linkProblem.explain(error.kind, error.reason))}{' '}
                  <button
                    className="button button--ghost button--small"
                    onClick={() => removeAt(position)}
                    type="button"
                  >
                    {m.removeVersion(m.versionLabel(position))}
                  </button>
                </li>
              ))}
            </ul>
          ) : null}
          {unreadable.length > 0 && leftOut > 0 ? <p>{m.leftOut(leftOut, MAX_COMPARED_VERSIONS)}</p> : null}
        </div>
      ) : null}

      {versions.length === 0 ? (
        <p className="card compare-empty">{m.empty}</p>
      ) : (
        <>
          <section aria-labelledby="compare-versions-title" className="card">
            <h3 className="card-title" id="compare-versions-title">
              {m.versionsHeading}
            </h3>
            <ol className="compare-versions">
              {versions.map((version) => (
                <li className="compare-version" key={version.position}>
                  <p className="compare-version-name">
                    <strong>{version.label}</strong>
                    {version.label === m.versionLabel(version.position) ? null : (
                      <span className="compare-version-position"> · {m.versionLabel(version.position)}</span>
                    )}
                  </p>
                  <p className="compare-version-verdict">
                    {nameOf(version.recommendation.strategy)} ·{' '}
                    {confidenceLabel(version.recommendation.confidence, locale)}
                  </p>
                  <div className="compare-version-actions">
                    <button
                      className="button button--secondary button--small"
                      onClick={() => onOpenVersion(version.answers)}
                      type="button"
                    >
                      {m.openVersion(version.label)}
                    </button>
                    {onDownloadRecord ? (
                      <button
                        className="button button--ghost button--small"
                        onClick={async () => {
                          const fileName = await onDownloadRecord(version.answers, summaries());
                          setStatus(m.recordDownloaded(version.label, fileName));
                        }}
                        type="button"
                      >
                        {m.downloadRecord(version.label)}
                      </button>
                    ) : null}
                    <button
                      className="button button--ghost button--small"
                      onClick={() => removeAt(version.position)}
                      type="button"
                    >
                      {m.removeVersion(version.label)}
                    </button>
                  </div>
                </li>
              ))}
            </ol>
            {merged.map((item) => (
              <p className="card-lede compare-merged" key={`${item.label}-${item.sameAs}`}>
                {m.identical(item.label, item.sameAs)}
              </p>
            ))}
            <p className="card-lede compare-own-help">{versions.length === 1 ? m.addAnother : m.ownVersionHelp}</p>
          </section>

          <section aria-labelledby="compare-verdicts-title" className="card">
            <h3 className="card-title" id="compare-verdicts-title">
              {m.chartTitle}
            </h3>
            <ScoreChart
              bar={(strategy, score, recommended) => m.bar(shortNameOf(strategy), score, recommended)}
              caption={m.chartCaption}
              versions={versions}
            />
            <VersionTable
              caption={m.verdictsCaption}
              firstColumn={m.resultColumn}
              labels={labels}
              rows={[
                {
                  id: 'recommended',
                  header: m.recommended,
                  cells: versions.map((version) => ({ text: nameOf(version.recommendation.strategy) })),
                },
                {
                  id: 'planes',
                  header: m.planes,
                  cells: versions.map((version) => ({
                    text: describeVersionPlanes(version.recommendation, version.answers, locale, m),
                  })),
                },
                ...STRATEGIES.map((strategy) => ({
                  id: strategy,
                  header: m.scoreOf(nameOf(strategy)),
                  cells: versions.map((version) => ({
                    text: m.score(version.recommendation.scores[strategy]),
                    number: true,
                  })),
                })),
                {
                  id: 'confidence',
                  header: m.confidence,
                  cells: versions.map((version) => ({
                    text: confidenceLabel(version.recommendation.confidence, locale),
                  })),
                },
              ]}
            />
          </section>

          {versions.length > 1 ? (
            <section aria-labelledby="compare-answers-title" className="card">
              <h3 className="card-title" id="compare-answers-title">
                {m.answersHeading}
              </h3>
              {differences.length === 0 ? (
                <p className="card-lede">{m.noDifferences}</p>
              ) : (
                <VersionTable
                  caption={m.answersCaption}
                  changedMark={m.changedMark}
                  firstColumn={m.answerColumn}
                  labels={labels}
                  rows={differences.map((difference) => ({
                    id: difference.id,
                    header: answerLabel(difference, m, t, regionName),
                    cells: difference.values.map((value, index) => ({
                      text: answerValue(difference, value, m, t, regionName),
                      changed: index > 0 && value !== difference.values[0],
                    })),
                  }))}
                />
              )}
            </section>
          ) : null}

          {versions.length > 1 ? (
            <section aria-labelledby="compare-factors-title" className="card">
              <h3 className="card-title" id="compare-factors-title">
                {m.factorsHeading}
              </h3>
              {factorChanges.length === 0 ? (
                <p className="card-lede">{m.noFactorChanges}</p>
              ) : (
                <VersionTable
                  caption={m.factorsCaption}
                  firstColumn={m.factorColumn}
                  labels={labels}
                  rows={factorChanges.map((change) => ({
                    id: change.id,
                    header: change.title,
                    cells: change.byVersion.map((points) => ({
                      text:
                        points.favors === 'neutral' || points.points === 0
                          ? m.noPoints
                          : m.factorPoints(points.points, shortNameOf(points.favors)),
                    })),
                  }))}
                />
              )}
            </section>
          ) : null}
        </>
      )}
    </section>
  );
}
