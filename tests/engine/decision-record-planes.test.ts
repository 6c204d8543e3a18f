import { describe, expect, it } from 'vitest';
import { type Answers, recommend, renderDecisionRecord } from '../../src/engine';
import { answersOf } from '../fixtures/answers';
import { FIVE_SITES } from '../fixtures/constrained-estates';

const MEASURED_ONLY = answersOf({
  regions: [
    { id: 'aws:us-east-1', clusters: 10 },
    { id: 'aws:eu-central-1', clusters: 4 },
  ],
  latencies: [{ from: 'aws:us-east-1', to: 'aws:eu-central-1', ms: 92 }],
});

const record = (given: Answers, locale: 'en' | 'zh-CN' = 'en') =>
  renderDecisionRecord(given, recommend(given, { locale }), { date: '2026-12-01', locale });

/** The table rows under a heading, as [region, managed from, round trip, known by]. */
function roundTripRows(text: string, heading: string): string[][] {
  const section = text.split(`### ${heading}`)[1]?.split('\n### ')[0] ?? '';
  return section
    .split('\n')
    .filter((line) => line.startsWith('| ') && !line.startsWith('| Region'))
    .map((line) =>
      line
        .split('|')
        .slice(1, -1)
        .map((cell) => cell.trim()),
    );
}

describe('the decision record with several planes', () => {
  it('titles the decision with the number of planes and says why there are several', () => {
    expect(record(FIVE_SITES)).toMatch(
      /^# Run three central Rancher management planes \(Hub & Spoke\), one per jurisdiction or air gap, for 5 regions$/m,
    );
  });

  it('gives each region the round trip from the hub that manages it', () => {
    const rows = roundTripRows(record(FIVE_SITES), 'Hub & Spoke: planes and round trips');
    const managedFrom = Object.fromEntries(rows.map((row) => [row[0], row[1]]));
    expect(managedFrom['Munich plant (plant-de)']).toBe('Europe (Frankfurt) (aws:eu-central-1)');
    expect(managedFrom['Asia Pacific (Tokyo) (aws:ap-northeast-1)']).toBe('US East (N. Virginia) (aws:us-east-1)');
    expect(managedFrom['Secure lab (lab)']).toBe('Secure lab (lab)');
    const tokyo = rows.find((row) => row[0]?.startsWith('Asia Pacific (Tokyo)'));
    expect(tokyo?.slice(2)).toEqual(['148 ms', 'measured']);
  });

  it('says why each hub exists and names the version’s author', () => {
    const text = record(FIVE_SITES);
    expect(text).toContain('for the jurisdiction European Union, whose management stays inside it');
    expect(text).toContain('Plane in Secure lab (lab) inside its air gap');
    expect(text).toContain('for the rest of the estate');
    expect(text).toContain('This version of the answers is by Ana Architect.');
    expect(text).not.toContain("because of Rancher's scale limit");
    expect(text).not.toContain('A single hub would sit');
  });

  it('describes measured figures as measurements, never as distance estimates', () => {
    const text = record(MEASURED_ONLY);
    expect(text).not.toMatch(/great-circle|estimates from distance/);
    expect(text).toContain('every round trip between sites is one we measured');
    expect(text).toMatch(/re-measure the round trips below \(all measured by us\)/);
  });

  it('says the same in Chinese, with the regions named in Chinese', () => {
    const text = record(FIVE_SITES, 'zh-CN');
    expect(text).toMatch(/^# 为 5 个区域运行 3 个中心 Rancher 管理平面（每个司法管辖区或隔离网络一个）/m);
    expect(text).toContain('美国阿什本（aws:us-east-1）');
    expect(text).toContain('此版本的回答由 Ana Architect 提供。');
  });
});
