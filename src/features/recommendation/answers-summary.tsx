import { useMemo } from 'react';
import { useResultMessages } from '../../components/i18n/use-result-messages';
import { type Answers, regionNamer } from '../../engine';
import { buildShareUrl } from '../../share/share-url';
import { type AnswersSummaryWords, toAnswersSummary } from './answers-summary-rows';

/**
 * The answers the recommendation rests on, for print only: a printout opens with them, so a reviewer reading it
 * in the meeting knows what was asked, and with the link that holds them, so the paper leads back to the live
 * recommendation (at the top, a long link never takes a last page of its own). On screen the questionnaire beside
 * the result says the same.
 */
export function AnswersSummary({ answers }: { readonly answers: Answers }) {
  const { locale, r, t } = useResultMessages();
  const m = r.answersSummary;
  const q = t.questionnaire;
  // The short names "What would change it" gives each answer: the printout lists them two to a line.
  const words: AnswersSummaryWords = useMemo(
    () => ({
      tolerance: r.flips.answers.latencyToleranceMs,
      toleranceValue: m.toleranceValue,
      engineers: r.flips.answers.opsEngineers,
      engineersValue: m.engineersValue,
      environments: r.flips.answers.crossRegionEnvironments,
      environmentsValue: (span) => (span ? q.environmentsYes : q.environmentsNo),
      priorities: {
        singlePane: r.flips.answers['priorities.singlePane'],
        multiClusterApps: r.flips.answers['priorities.multiClusterApps'],
        faultIsolation: r.flips.answers['priorities.faultIsolation'],
        independentUpgrades: r.flips.answers['priorities.independentUpgrades'],
      },
      priorityLevels: q.priorityLevels,
      summary: m,
    }),
    [m, q, r],
  );
  const { regions, rows } = toAnswersSummary(answers, words, regionNamer(answers, locale).name);
  const totalClusters = regions.reduce((sum, region) => sum + region.clusters, 0);
  const link = useMemo(() => buildShareUrl(answers, window.location.href), [answers]);
  return (
    <section aria-labelledby="answers-summary-title" className="answers-summary print-only">
      <h2 className="answers-summary-title" id="answers-summary-title">
        {m.title}
      </h2>
      <div className="answers-summary-body">
        <table className="data-table answers-summary-regions">
          <caption>{m.regionsCaption(regions.length, totalClusters)}</caption>
          <thead>
            <tr>
              <th scope="col">{m.regionColumn}</th>
              <th scope="col">{m.clustersColumn}</th>
            </tr>
          </thead>
          <tbody>
            {regions.map((region) => (
              <tr key={region.id}>
                <th scope="row">
                  {region.name}
                  {region.details.length > 0 ? (
                    <span className="answers-summary-details">{m.regionDetails(region.details)}</span>
                  ) : null}
                </th>
                <td>{region.clusters}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <dl className="answers-summary-rows">
          {rows.map((row) => (
            <div key={row.id}>
              <dt>{row.label}</dt>
              <dd>{row.value}</dd>
            </div>
          ))}
        </dl>
      </div>
      <p className="print-link">
        {r.share.printLink} <span className="print-link-url">{link}</span>
      </p>
    </section>
  );
}
