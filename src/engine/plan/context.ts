import type { Answers } from '../answers';
import type { EngineMessages, PlaneName } from '../messages/types';
import type { SourceId } from '../sources';
import type { Strategy } from '../strategy';
import type { PlanGroup, RegionalLayout, Topology } from '../topology';

/** One thing to do to run the recommended strategy well. */
export type PlanItemId =
  | 'jurisdiction-hubs'
  | 'pinned-outside-jurisdiction'
  | 'jurisdiction-needs-site'
  | 'air-gap-planes'
  | 'cross-border'
  | 'china-operations'
  | 'ha-hub'
  | 'regional-planes'
  | 'pinned-hub'
  | 'plane-outside-answers'
  | 'warm-standby'
  | 'backups-inside'
  | 'beyond-documented'
  | 'headroom'
  | 'understaffed'
  | 'authorized-endpoint'
  | 'hosted-kubeconfig'
  | 'intermittent'
  | 'measure-uncertain'
  | 'fleet-hub'
  | 'fleet-shared-git'
  | 'staging-rancher'
  | 'staged-upgrades';

export interface PlanItem {
  readonly id: PlanItemId;
  /** One or two sentences, in the recommendation's language. */
  readonly text: string;
  /** What the item rests on. */
  readonly sources: readonly SourceId[];
}

/** A plane of the recommended strategy, named and with its standby where one exists. */
export interface PlannedGroup extends PlanGroup {
  readonly area: string;
  readonly standbyRegionId?: string;
}

export interface PlanContext {
  readonly answers: Answers;
  readonly topology: Topology;
  /** The regional layout compared with Hub & Spoke. */
  readonly layout: RegionalLayout;
  readonly strategy: Strategy;
  /** The recommended strategy's planes. */
  readonly groups: readonly PlannedGroup[];
  readonly nameOf: (regionId: string) => string;
  readonly jurisdictionName: (jurisdictionId: string) => string;
  readonly messages: EngineMessages;
}

/**
 * A plane as the plan names it: where it runs, or, where no place inside its jurisdiction is known to host it (it is
 * drawn at its regions, stores say), a site of the team's still to be chosen near them.
 */
export const planeName = (context: PlanContext, group: PlannedGroup): PlaneName => ({
  plane: group.insideKnown
    ? context.nameOf(group.planeRegionId)
    : context.messages.plan.siteToChoose({ near: context.nameOf(group.planeRegionId) }),
  area: group.area,
});
