import type { ReactNode } from 'react';
import {
  RANCHER_SERVER_SIZES,
  type Recommendation,
  STRATEGIES,
  STRATEGY_NAMES,
  type StrategyFootprint,
} from '../../engine';

const LARGEST_DOCUMENTED_CLUSTERS = RANCHER_SERVER_SIZES[RANCHER_SERVER_SIZES.length - 1]?.maxClusters ?? 500;

function describeSize(footprint: StrategyFootprint): string {
  if (footprint.largestInstallationSize === 'beyond-large') {
    return `beyond Rancher’s largest documented size (${LARGEST_DOCUMENTED_CLUSTERS} clusters)`;
  }
  const size = RANCHER_SERVER_SIZES.find((entry) => entry.size === footprint.largestInstallationSize);
  return size ? `Rancher’s ${size.size} size, up to ${size.maxClusters} clusters` : footprint.largestInstallationSize;
}

const plural = (count: number, one: string, many: string) =>
  `${count.toLocaleString('en')} ${count === 1 ? one : many}`;

/** What each strategy means for these regions: installations, nodes, sizing and the blast radius of one outage. */
export function ConsequencesTable({ recommendation }: { recommendation: Recommendation }) {
  const { consequences, strategy } = recommendation;
  const rows: { label: string; note?: string; value: (footprint: StrategyFootprint) => ReactNode }[] = [
    { label: 'Rancher installations', value: (footprint) => footprint.installations.toLocaleString('en') },
    {
      label: 'Management nodes',
      note: 'three-node HA per installation',
      value: (footprint) => footprint.managementNodes.toLocaleString('en'),
    },
    {
      label: 'Largest installation',
      note: 'against Rancher’s documented sizes',
      value: (footprint) => (
        <>
          {plural(footprint.largestInstallationClusters, 'cluster', 'clusters')}
          <span className="cell-note">{describeSize(footprint)}</span>
        </>
      ),
    },
    {
      label: 'Clusters losing provisioning in one outage',
      note: 'workloads keep running',
      value: (footprint) => footprint.clustersLosingProvisioningOnOutage.toLocaleString('en'),
    },
  ];
  return (
    <section aria-labelledby="consequences-heading" className="card result-card">
      <div className="result-card-head">
        <h3 className="result-card-title" id="consequences-heading">
          What each strategy means for you
        </h3>
      </div>
      <div className="table-scroll">
        <table className="data-table consequences-table">
          <thead>
            <tr>
              <th scope="col">
                <span className="visually-hidden">Consequence</span>
              </th>
              {STRATEGIES.map((candidate) => (
                <th className={candidate === strategy ? 'is-recommended' : undefined} key={candidate} scope="col">
                  {STRATEGY_NAMES[candidate]}
                  {candidate === strategy ? <span className="badge badge--accent">Recommended</span> : null}
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
