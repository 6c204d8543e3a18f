import { describe, expect, it } from 'vitest';
import { reviewEn } from '../../../src/components/i18n/review-messages-en';
import { reviewZhCN } from '../../../src/components/i18n/review-messages-zh-cn';

describe('the design-review catalog (decision-record form, compare view)', () => {
  it.each([
    [1, 'Version 2 (the 1st link) could not be read: why'],
    [2, 'Version 2 (the 2nd link) could not be read: why'],
    [3, 'Version 2 (the 3rd link) could not be read: why'],
    [11, 'Version 2 (the 11th link) could not be read: why'],
  ])('names the %ith link with an English ordinal', (position, sentence) => {
    expect(reviewEn.compare.unreadable('Version 2', position, 'why')).toBe(sentence);
  });

  it('words a name list’s problems in both languages', () => {
    const problem = { kind: 'too-many-names', maxNames: 20 } as const;
    expect(reviewEn.decisionForm.problem(problem)).toBe('At most 20 names.');
    expect(reviewZhCN.decisionForm.problem(problem)).toBe('最多 20 个姓名。');
  });
});
