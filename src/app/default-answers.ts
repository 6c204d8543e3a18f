import type { Answers } from '../engine';

/**
 * What a first visitor sees: a typical global footprint on three continents, so the result is meaningful at
 * once: with default priorities one hub wins, and a tight tolerance or a larger team would tip it.
 */
export const DEFAULT_ANSWERS: Answers = {
  version: 1,
  regions: [
    { id: 'aws:us-east-1', clusters: 12 },
    { id: 'aws:eu-central-1', clusters: 8 },
    { id: 'aws:ap-northeast-1', clusters: 5 },
  ],
  latencyToleranceMs: 150,
  opsEngineers: 2,
  crossRegionEnvironments: false,
  priorities: { singlePane: 2, multiClusterApps: 2, faultIsolation: 2, independentUpgrades: 2 },
};
