import type { ResultMessages } from '../../components/i18n';
import { useResultMessages } from '../../components/i18n/use-result-messages';
import { wordGap } from '../../components/i18n/word-gap';
import {
  type Answers,
  GEOGRAPHY_GROUP_RTT_MS,
  type PlaneView,
  type Recommendation,
  type Strategy,
  type StrategyPlanes,
  strategyName,
} from '../../engine';
import { StrategyIcon } from './strategy-icon';
import { usePlanes } from './use-planes';

/** Why a plane exists, in a few words beside its place: "inside European Union", "for the rest of the estate". */
function planeReason(plane: PlaneView, m: ResultMessages['plan']): string | null {
  if (plane.reason === 'air-gap') return m.insideAirGap;
  if (plane.jurisdiction !== null) return m.insideJurisdiction(plane.area ?? plane.jurisdiction);
  if (plane.area) return m.forArea(plane.area);
  return plane.reason === 'rest' ? m.forTheRest : null;
}

/** Each plane of a plan: where it sits and why, whom it serves, its clusters, worst round trip and standby. */
function PlaneGroups({ view }: { view: StrategyPlanes }) {
  const { r } = useResultMessages();
  const m = r.plan;
  const nameOf = (id: string) => view.trips.find((trip) => trip.regionId === id)?.name ?? id;
  return (
    <ul className="plan-groups">
      {view.planes.map((plane) => {
        const reason = planeReason(plane, m);
        return (
          <li className="plan-group" key={`${plane.planeRegionId}-${plane.regionIds.join()}`}>
            <span className="plan-group-plane">
              {m.planeIn(plane.name)}
              {reason ? m.aside(reason) : ''}
            </span>
            <span className="plan-group-members">
              {plane.regionIds.length === 1 && plane.regionIds[0] === plane.planeRegionId
                ? m.servesOwn
                : m.serves(plane.regionIds.map(nameOf))}
            </span>
            <span className="plan-group-figures">
              {m.clusters(plane.clusters)}
              {plane.regionIds.length > 1 ? m.worstRtt(Math.round(plane.worstRttMs)) : ''}
              {plane.installations > 1 ? m.splitOver(plane.installations) : ''}
              {plane.standbyName ? m.standby(plane.standbyName) : ''}
            </span>
          </li>
        );
      })}
    </ul>
  );
}

/** Where the management planes would sit under each strategy; the recommended one first. */
export function PlanePlan({ recommendation, answers }: { recommendation: Recommendation; answers: Answers }) {
  const { locale, r } = useResultMessages();
  const m = r.plan;
  const planes = usePlanes(recommendation, answers);
  const hubs = planes['hub-and-spoke'];
  const strategy = recommendation.strategy;
  const badge = (candidate: Strategy) =>
    strategy === candidate ? <span className="badge badge--accent">{m.recommended}</span> : null;
  const onlyHub = hubs.planes.length === 1 ? hubs.planes[0] : undefined;
  const farthest = [...hubs.trips].sort((a, b) => b.rttMs - a.rttMs)[0];
  const totalClusters = answers.regions.reduce((sum, region) => sum + region.clusters, 0);
  const hubPlan = (
    <div className="plan plan--hub-and-spoke" key="hub-and-spoke">
      <h4 className="plan-title">
        <StrategyIcon strategy="hub-and-spoke" />
        {onlyHub
          ? m.hubTitle(strategyName('hub-and-spoke', locale))
          : m.hubsTitle(strategyName('hub-and-spoke', locale), hubs.planes.length)}
        {badge('hub-and-spoke')}
      </h4>
      {onlyHub ? (
        <p>
          {m.hubManagingBefore}
          {wordGap(locale, m.hubManagingBefore, onlyHub.name)}
          <strong>{onlyHub.name}</strong>
          {m.hubManagingAfter(totalClusters)}
          {farthest && !farthest.atPlane ? m.farthest(farthest.name, Math.round(farthest.rttMs)) : null}
          {onlyHub.standbyName ? m.standby(onlyHub.standbyName) : null}
        </p>
      ) : (
        <PlaneGroups view={hubs} />
      )}
    </div>
  );
  const regionalPlan = (
    <div className="plan plan--regional" key="regional">
      <h4 className="plan-title">
        <StrategyIcon strategy="regional" />
        {m.regionalTitle(strategyName('regional', locale), planes.regional.planes.length)}
        {badge('regional')}
      </h4>
      <PlaneGroups view={planes.regional} />
      <p className="plan-note">{m.note(GEOGRAPHY_GROUP_RTT_MS)}</p>
    </div>
  );
  return (
    <section aria-labelledby="plan-heading" className="card result-card">
      <div className="result-card-head">
        <h3 className="result-card-title" id="plan-heading">
          {m.heading}
        </h3>
      </div>
      <div className="plans">{strategy === 'regional' ? [regionalPlan, hubPlan] : [hubPlan, regionalPlan]}</div>
    </section>
  );
}
