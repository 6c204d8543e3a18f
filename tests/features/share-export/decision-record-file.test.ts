import { describe, expect, it } from 'vitest';
import { recommend } from '../../../src/engine';
import { buildDecisionRecord, decisionRecordFileName } from '../../../src/features/share-export/decision-record-file';
import { THREE_REGIONS as answers } from '../../fixtures/answers';

describe('the decision record file', () => {
  it.each([
    ['hub-and-spoke', 'en', 'rancher-strategy-adr-hub-and-spoke-en.md'],
    ['regional', 'en', 'rancher-strategy-adr-regional-en.md'],
    ['hub-and-spoke', 'zh-CN', 'rancher-strategy-adr-hub-and-spoke-zh-CN.md'],
    ['regional', 'zh-CN', 'rancher-strategy-adr-regional-zh-CN.md'],
  ] as const)('is named for %s in %s: %s', (strategy, locale, name) => {
    expect(decisionRecordFileName(strategy, locale)).toBe(name);
  });

  it('names the strategy it records and the language it is written in', () => {
    const strategy = recommend(answers).strategy;
    for (const locale of ['en', 'zh-CN'] as const) {
      const record = buildDecisionRecord(answers, 'https://advisor.example/', locale, new Date('2026-12-04T10:00:00Z'));
      expect(record.fileName).toBe(`rancher-strategy-adr-${strategy}-${locale}.md`);
      expect(record.text).toContain('date: 2026-12-04');
      expect(record.text).toContain('https://advisor.example/#v3.');
    }
  });
});
