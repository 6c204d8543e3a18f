import type { ReactNode } from 'react';
import type { ResultMessages } from '../../components/i18n';
import { useResultMessages } from '../../components/i18n/use-result-messages';
import {
  RANCHER_SERVER_SIZES,
  type Recommendation,
  STRATEGIES,
  type StrategyFootprint,
  strategyName,
} from '../../engine';

const LARGEST_DOCUMENTED_CLUSTERS = RANCHER_SERVER_SIZES[RANCHER_SERVER_SIZES.length - 1]?.maxClusters ?? 500;

function describeSize(footprint: StrategyFootprint, m: ResultMessages['consequences']): string {
  if (footprint.largestInstallationSize === 'beyond-large') return m.beyondLargest(LARGEST_DOCUMENTED_CLUSTERS);
  const size = RANCHER_SERVER_SIZES.find((entry) => entry.size === footprint.largestInstallationSize);
  return size ? m.documentedSize(size.size, size.maxClusters) : footprint.largestInstallationSize;
}

/** What each strategy means for these regions: installations, nodes, sizing and the blast radius of one outage. */
export function ConsequencesTable({ recommendation }: { recommendation: Recommendation }) {
  const { consequences, strategy } = recommendation;
  const { locale, r } = useResultMessages();
  const m = r.consequences;
  const rows: { label: string; note?: string; value: (footprint: StrategyFootprint) => ReactNode }[] = [
    { label: m.installations, value: (footprint) => m.count(footprint.installations) },
    { label: m.nodes, note: m.nodesNote, value: (footprint) => m.count(footprint.managementNodes) },
    {
      label: m.largest,
      note: m.largestNote,
      value: (footprint) => (
        <>
          {m.clusters(footprint.largestInstallationClusters)}
          <span className="cell-note">{describeSize(footprint, m)}</span>
        </>
      ),
    },
    {
      label: m.outage,
      note: m.outageNote,
      value: (footprint) => m.count(footprint.clustersLosingProvisioningOnOutage),
    },
  ];
  return (
    <section aria-labelledby="consequences-heading" className="card result-card">
      <div className="result-card-head">
        <h3 className="result-card-title" id="consequences-heading">
          {m.heading}
        </h3>
      </div>
      <div className="table-scroll">
        <table className="data-table consequences-table">
          <thead>
            <tr>
              <th scope="col">
                <span className="visually-hidden">{m.consequence}</span>
              </th>
              {STRATEGIES.map((candidate) => (
                <th className={candidate === strategy ? 'is-recommended' : undefined} key={candidate} scope="col">
                  {strategyName(candidate, locale, 'short')}
                  {candidate === strategy ? <span className="badge badge--accent">{m.recommended}</span> : null}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.label}>
                <th scope="row">
                  {row.label}
                  {row.note ? <span className="cell-note">{row.note}</span> : null}
                </th>
                {STRATEGIES.map((candidate) => (
                  <td className={candidate === strategy ? 'is-recommended' : undefined} key={candidate}>
                    {row.value(consequences[candidate])}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
