import { describe, expect, it } from 'vitest';
import { describeAnswersProblemZhCN, isCalendarDate, parseAnswers, problemField } from '../../src/engine';

const withDate = (date: string) => ({
  version: 1,
  regions: [{ id: 'aws:us-east-1' }],
  decision: { date },
});

describe('decision dates are days of the calendar', () => {
  it.each([
    ['2026-02-28', true],
    ['2028-02-29', true],
    ['2000-02-29', true],
    ['2026-12-31', true],
    ['2026-02-29', false],
    ['2100-02-29', false],
    ['2026-02-31', false],
    ['2026-04-31', false],
    ['2026-13-01', false],
    ['26-02-01', false],
  ])('%s is a calendar date: %s', (date, expected) => {
    expect(isCalendarDate(date)).toBe(expected);
    expect(parseAnswers(withDate(date)).ok).toBe(expected);
  });

  it('refuses 2026-02-31 with a message naming the date, in English and Chinese', () => {
    const result = parseAnswers(withDate('2026-02-31'));
    if (result.ok) throw new Error('expected 2026-02-31 to be refused');
    const [problem] = result.problems;
    expect(problem?.path).toBe('decision.date');
    expect(problem?.message).toBe('date must be a day of the calendar: 2026-02-31 does not exist');
    expect(
      describeAnswersProblemZhCN({
        message: problem?.message ?? '',
        field: problemField(problem?.path ?? ''),
        code: problem?.code ?? '',
        detail: problem?.detail,
      }),
    ).toBe('日期必须是日历上存在的一天（例如 2 月没有 30 日和 31 日）。');
  });
});
