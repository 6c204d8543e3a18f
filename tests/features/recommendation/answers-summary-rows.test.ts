import { describe, expect, it } from 'vitest';
import { en } from '../../../src/components/i18n/messages-en';
import { resultEn } from '../../../src/components/i18n/result-messages-en';
import { type Answers, regionNamer } from '../../../src/engine';
import { type AnswersSummaryWords, toAnswersSummary } from '../../../src/features/recommendation/answers-summary-rows';

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
  summary: resultEn.answersSummary,
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
  const summary = toAnswersSummary(answers, words, regionNamer(answers).name);

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
    const rows = toAnswersSummary({ ...answers, opsEngineers: 2.5 }, words, regionNamer(answers).name).rows;
    expect(rows).toContainEqual(expect.objectContaining({ value: '2.5 full-time equivalents' }));
  });
});

describe('the printed answers of a constrained estate', () => {
  const constrained: Answers = {
    ...answers,
    regions: [
      { id: 'aws:us-east-1', clusters: 12 },
      { id: 'aws-cn:cn-north-1', clusters: 3 },
      {
        id: 'plant',
        name: 'Munich plant',
        lat: 48.14,
        lon: 11.58,
        clusters: 4,
        siteKind: 'edge',
        connectivity: 'intermittent',
        nodes: 12,
        jurisdiction: 'eu',
      },
    ],
    jurisdictions: [{ id: 'eu', name: 'European Union', keepManagementInside: true }],
    hub: { regionId: 'aws:us-east-1' },
    latencies: [{ from: 'aws:us-east-1', to: 'plant', ms: 95 }],
    provisionedPercent: 60,
    decision: {
      title: 'Planes for 2027',
      status: 'accepted',
      date: '2026-12-01',
      decisionMakers: ['Ana Architect', 'Ben Reviewer'],
      consulted: ['Security'],
      author: 'Ben Reviewer',
    },
  };
  const summary = toAnswersSummary(constrained, words, regionNamer(constrained).name);

  it('gives each region its kind of site, link, nodes and jurisdiction, mainland China’s included', () => {
    expect(summary.regions.find((region) => region.id === 'plant')?.details).toEqual([
      'own site at 48.14, 11.58',
      'edge location',
      'intermittent link',
      '12 nodes',
      'in European Union',
    ]);
    expect(summary.regions.find((region) => region.id === 'aws-cn:cn-north-1')?.details).toEqual([
      'in mainland China (management kept inside by default)',
    ]);
  });

  it.each([
    ['Jurisdiction: European Union', 'managed only from inside'],
    ['Hub pinned to', 'US East (N. Virginia)'],
    ['Measured round trip, US East (N. Virginia) – Munich plant', '95 ms'],
    ['Clusters Rancher provisions', '60%'],
    ['Decision title', 'Planes for 2027'],
    ['Status', 'accepted'],
    ['Date', '2026-12-01'],
    ['Decision makers', 'Ana Architect, Ben Reviewer'],
    ['Consulted', 'Security'],
    ['This version by', 'Ben Reviewer'],
  ])('says "%s": "%s"', (label, value) => {
    expect(summary.rows).toContainEqual(expect.objectContaining({ label, value }));
  });

  it('says the strict two-way rule and where the planes may run, when the jurisdiction says so', () => {
    const strict: Answers = {
      ...constrained,
      jurisdictions: [
        { id: 'eu', name: 'European Union', planesManageOnlyInside: true, allowedLocations: ['DE', 'aws:eu-west-1'] },
      ],
    };
    const rows = toAnswersSummary(strict, words, regionNamer(strict).name).rows;
    expect(rows).toContainEqual(
      expect.objectContaining({
        label: 'Jurisdiction: European Union',
        value: 'managed only from inside; its planes manage nothing outside; planes only in DE, Europe (Ireland)',
      }),
    );
  });

  it('leaves out what was not answered', () => {
    expect(summary.rows.map((row) => row.id)).not.toContain('nodesPerCluster');
    expect(summary.rows.map((row) => row.id)).not.toContain('decision.informed');
  });
});
