import { type Answers, REGIONAL_GROUP_MAX_RTT_MS, type Recommendation, type Strategy } from '../../engine';
import { regionNamer } from './region-names';
import { StrategyIcon } from './strategy-icon';

const plural = (count: number, one: string, many: string) =>
  `${count.toLocaleString('en')} ${count === 1 ? one : many}`;

function farthestRegion(recommendation: Recommendation): string {
  let farthest = recommendation.hub.regionId;
  for (const [regionId, rttMs] of Object.entries(recommendation.hub.rttMs)) {
    if (rttMs > (recommendation.hub.rttMs[farthest] ?? 0)) farthest = regionId;
  }
  return farthest;
}

/** Where the management planes would sit under each strategy; the recommended one first. */
export function PlanePlan({ recommendation, answers }: { recommendation: Recommendation; answers: Answers }) {
  const nameOf = regionNamer(answers);
  const { hub, regionalPlan, strategy } = recommendation;
  const farthest = farthestRegion(recommendation);
  const totalClusters = answers.regions.reduce((sum, region) => sum + region.clusters, 0);
  const hubPlan = (
    <div className="plan plan--hub-and-spoke" key="hub-and-spoke">
      <h4 className="plan-title">
        <StrategyIcon strategy="hub-and-spoke" />
        Hub & Spoke: one central plane
        {strategy === 'hub-and-spoke' ? <span className="badge badge--accent">Recommended</span> : null}
      </h4>
      <p>
        In <strong>{nameOf(hub.regionId)}</strong>, managing all {plural(totalClusters, 'cluster', 'clusters')}.
        {farthest === hub.regionId ? null : (
          <>
            {' '}
            Farthest region: {nameOf(farthest)}, about {Math.round(hub.worstRttMs)} ms round trip.
          </>
        )}
      </p>
    </div>
  );
  const regionalPlanBlock = (
    <div className="plan plan--regional" key="regional">
      <h4 className="plan-title">
        <StrategyIcon strategy="regional" />
        Regional: {plural(regionalPlan.groups.length, 'plane', 'planes')}
        {strategy === 'regional' ? <span className="badge badge--accent">Recommended</span> : null}
      </h4>
      <ul className="plan-groups">
        {regionalPlan.groups.map((group) => (
          <li className="plan-group" key={group.planeRegionId}>
            <span className="plan-group-plane">Plane in {nameOf(group.planeRegionId)}</span>
            <span className="plan-group-members">
              {group.regionIds.length === 1
                ? 'serves its own region'
                : `serves ${group.regionIds.map((id) => nameOf(id)).join(', ')}`}
            </span>
            <span className="plan-group-figures">
              {plural(group.clusters, 'cluster', 'clusters')}
              {group.regionIds.length > 1 ? ` · worst round trip ${Math.round(group.worstRttMs)} ms` : ''}
              {group.installations > 1 ? ` · split over ${group.installations} installations` : ''}
            </span>
          </li>
        ))}
      </ul>
      <p className="plan-note">Regions within {REGIONAL_GROUP_MAX_RTT_MS} ms of each other share one regional plane.</p>
    </div>
  );
  const order: Strategy[] = strategy === 'regional' ? ['regional', 'hub-and-spoke'] : ['hub-and-spoke', 'regional'];
  return (
    <section aria-labelledby="plan-heading" className="card result-card">
      <div className="result-card-head">
        <h3 className="result-card-title" id="plan-heading">
          Where the management planes would sit
        </h3>
      </div>
      <div className="plans">{order.map((candidate) => (candidate === 'regional' ? regionalPlanBlock : hubPlan))}</div>
    </section>
  );
}
