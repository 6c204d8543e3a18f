import { useResultMessages } from '../../components/i18n/use-result-messages';
import {
  type Answers,
  GEOGRAPHY_GROUP_RTT_MS,
  ownValue,
  type Recommendation,
  type RegionalGroup,
  type Strategy,
  strategyName,
} from '../../engine';
import { regionNamer } from './region-names';
import { StrategyIcon } from './strategy-icon';

function farthestRegion(recommendation: Recommendation): string {
  let farthest = recommendation.hub.regionId;
  for (const [regionId, rttMs] of Object.entries(recommendation.hub.rttMs)) {
    if (rttMs > (ownValue(recommendation.hub.rttMs, farthest) ?? 0)) farthest = regionId;
  }
  return farthest;
}

/** Each plane of a plan: where it sits, whom it serves, its clusters, worst round trip and what keeps it apart. */
function PlaneGroups({
  groups,
  answers,
  constraintLabel,
}: {
  groups: readonly RegionalGroup[];
  answers: Answers;
  constraintLabel: (group: RegionalGroup) => string | null;
}) {
  const nameOf = regionNamer(answers);
  const { r } = useResultMessages();
  const m = r.plan;
  return (
    <ul className="plan-groups">
      {groups.map((group) => {
        const constraint = constraintLabel(group);
        return (
          <li className="plan-group" key={`${group.planeRegionId}-${group.regionIds.join()}`}>
            <span className="plan-group-plane">
              {m.planeIn(nameOf(group.planeRegionId))}
              {constraint ? ` (${constraint})` : ''}
            </span>
            <span className="plan-group-members">
              {group.regionIds.length === 1 && group.regionIds[0] === group.planeRegionId
                ? m.servesOwn
                : m.serves(group.regionIds.map((id) => nameOf(id)))}
            </span>
            <span className="plan-group-figures">
              {m.clusters(group.clusters)}
              {group.regionIds.length > 1 ? m.worstRtt(Math.round(group.worstRttMs)) : ''}
              {group.installations > 1 ? m.splitOver(group.installations) : ''}
            </span>
          </li>
        );
      })}
    </ul>
  );
}

/** Where the management planes would sit under each strategy; the recommended one first. */
export function PlanePlan({ recommendation, answers }: { recommendation: Recommendation; answers: Answers }) {
  const nameOf = regionNamer(answers);
  const { locale, r } = useResultMessages();
  const m = r.plan;
  const { hub, hubPlan: hubs, regionalPlan, strategy } = recommendation;
  const farthest = farthestRegion(recommendation);
  const totalClusters = answers.regions.reduce((sum, region) => sum + region.clusters, 0);
  const jurisdictionNames = new Map((answers.jurisdictions ?? []).map((j) => [j.id, j.name]));
  const constraintLabel = (group: RegionalGroup) =>
    group.constraint?.kind === 'air-gap'
      ? m.insideAirGap
      : group.constraint?.kind === 'jurisdiction'
        ? m.insideJurisdiction(jurisdictionNames.get(group.constraint.jurisdictionId) ?? m.mainlandChina)
        : null;
  const hubPlan =
    hubs.groups.length > 1 ? (
      <div className="plan plan--hub-and-spoke" key="hub-and-spoke">
        <h4 className="plan-title">
          <StrategyIcon strategy="hub-and-spoke" />
          {m.hubsTitle(strategyName('hub-and-spoke', locale), hubs.groups.length)}
          {strategy === 'hub-and-spoke' ? <span className="badge badge--accent">{m.recommended}</span> : null}
        </h4>
        <PlaneGroups answers={answers} constraintLabel={constraintLabel} groups={hubs.groups} />
      </div>
    ) : (
      <div className="plan plan--hub-and-spoke" key="hub-and-spoke">
        <h4 className="plan-title">
          <StrategyIcon strategy="hub-and-spoke" />
          {m.hubTitle(strategyName('hub-and-spoke', locale))}
          {strategy === 'hub-and-spoke' ? <span className="badge badge--accent">{m.recommended}</span> : null}
        </h4>
        <p>
          {m.hubManagingBefore} <strong>{nameOf(hub.regionId)}</strong>
          {m.hubManagingAfter(totalClusters)}
          {farthest === hub.regionId ? null : m.farthest(nameOf(farthest), Math.round(hub.worstRttMs))}
        </p>
      </div>
    );
  const regionalPlanBlock = (
    <div className="plan plan--regional" key="regional">
      <h4 className="plan-title">
        <StrategyIcon strategy="regional" />
        {m.regionalTitle(strategyName('regional', locale), regionalPlan.groups.length)}
        {strategy === 'regional' ? <span className="badge badge--accent">{m.recommended}</span> : null}
      </h4>
      <PlaneGroups answers={answers} constraintLabel={constraintLabel} groups={regionalPlan.groups} />
      <p className="plan-note">{m.note(GEOGRAPHY_GROUP_RTT_MS)}</p>
    </div>
  );
  const order: Strategy[] = strategy === 'regional' ? ['regional', 'hub-and-spoke'] : ['hub-and-spoke', 'regional'];
  return (
    <section aria-labelledby="plan-heading" className="card result-card">
      <div className="result-card-head">
        <h3 className="result-card-title" id="plan-heading">
          {m.heading}
        </h3>
      </div>
      <div className="plans">{order.map((candidate) => (candidate === 'regional' ? regionalPlanBlock : hubPlan))}</div>
    </section>
  );
}
