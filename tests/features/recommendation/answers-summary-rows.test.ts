import { describe, expect, it } from 'vitest';
import { en } from '../../../src/components/i18n/messages-en';
import { resultEn } from '../../../src/components/i18n/result-messages-en';
import type { Answers } from '../../../src/engine';
import { type AnswersSummaryWords, toAnswersSummary } from '../../../src/features/recommendation/answers-summary-rows';
import { regionNamer } from '../../../src/features/recommendation/region-names';

const q = en.questionnaire;
const words: AnswersSummaryWords = {
  tolerance: q.latencyLabel,
  toleranceValue: resultEn.answersSummary.toleranceValue,
  engineers: q.opsLabel,
  engineersValue: resultEn.answersSummary.engineersValue,
  environments: q.environmentsLegend,
  environmentsValue: (span) => (span ? q.environmentsYes : q.environmentsNo),
  priorities: {
    singlePane: q.priorities.singlePane.legend,
    multiClusterApps: q.priorities.multiClusterApps.legend,
    faultIsolation: q.priorities.faultIsolation.legend,
    independentUpgrades: q.priorities.independentUpgrades.legend,
  },
  priorityLevels: q.priorityLevels,
  customSite: resultEn.answersSummary.customSite,
};

const answers: Answers = {
  version: 1,
  regions: [
    { id: 'aws:us-east-1', clusters: 12 },
    { id: 'plant', name: 'Munich plant', lat: 48.14, lon: 11.58, clusters: 1 },
  ],
  latencyToleranceMs: 120,
  opsEngineers: 1,
  crossRegionEnvironments: true,
  priorities: { singlePane: 4, multiClusterApps: 0, faultIsolation: 2, independentUpgrades: 3 },
};

describe('the printed answers', () => {
  const summary = toAnswersSummary(answers, words, regionNamer(answers));

  it('lists every region with its clusters, and where a custom site is', () => {
    expect(summary.regions).toEqual([
      { id: 'aws:us-east-1', name: 'US East (N. Virginia)', clusters: 12, details: [] },
      { id: 'plant', name: 'Munich plant', clusters: 1, details: ['own site at 48.14, 11.58'] },
    ]);
  });

  it.each([
    ['Highest acceptable round trip', '120 ms'],
    ['Operations engineers', '1 full-time equivalent'],
    ['Do some environments span several regions?', 'Yes, some do'],
    ['One interface that shows every region and cluster', 'Must have'],
    ['Deploying one app to clusters in many regions in one step', 'Does not matter'],
    ["Upgrading Rancher region by region, on each region's own schedule", 'Important'],
  ])('says "%s": "%s"', (label, value) => {
    expect(summary.rows).toContainEqual(expect.objectContaining({ label, value }));
  });

  it('says several engineers in the plural', () => {
    const rows = toAnswersSummary({ ...answers, opsEngineers: 2.5 }, words, regionNamer(answers)).rows;
    expect(rows).toContainEqual(expect.objectContaining({ value: '2.5 full-time equivalents' }));
  });
});
