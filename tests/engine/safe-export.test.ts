import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { recommend, regionDisplayName, renderDecisionRecord } from '../../src/engine';
import { frontMatterString, singleLine, withoutBidiControls } from '../../src/engine/safe-text';
import { answersOf } from '../fixtures/answers';

/** Person-entered text that tries to become markup, a link, a heading or a front matter line. */
const HOSTILE = [
  '<img src=x onerror=alert(1)>',
  '[x](javascript:alert(1))',
  '![p](javascript:alert(2))',
  'Ops\n# Injected heading',
  'Ops\r\n---\r\nforged: true',
  'x"]\nstatus: accepted',
  '<script>alert(3)</script>',
  'Ada\u2028## Injected by separator',
  '\u202Eevil override',
];

const answers = answersOf({
  version: 1,
  regions: [
    { id: 'aws:eu-west-1', clusters: 3, name: '<img src=x onerror=alert(4)> [y](javascript:alert(5))' },
    { id: 'lab', name: 'Lab\u202E # heading', lat: 59.3, lon: 18.1 },
  ],
  decision: {
    title: 'Planes <img src=x onerror=alert(6)> [t](javascript:alert(7))',
    decisionMakers: HOSTILE.slice(0, 5),
    consulted: HOSTILE.slice(5),
    informed: ['Everyone <b>'],
    author: '<img src=x onerror=alert(8)>',
  },
});

function renderRecord(options: { locale?: 'en' | 'zh-CN' } = {}): string {
  return renderDecisionRecord(answers, recommend(answers, options), { ...options, date: '2026-11-24' });
}

describe('the decision record cannot be forged by what people typed', () => {
  it.each(['en', 'zh-CN'] as const)(
    'renders with marked (%s) with no raw HTML, no javascript: link, no injected heading',
    (locale) => {
      const markdown = renderRecord({ locale });
      const html = marked.parse(markdown, { async: false });
      expect(html).not.toMatch(/<img/i);
      expect(html).not.toMatch(/<script/i);
      expect(html).not.toMatch(/<b>/);
      expect(html).not.toMatch(/(href|src)="\s*javascript:/i);
      const headings = [...html.matchAll(/<h([1-6])[^>]*>([\s\S]*?)<\/h\1>/g)].map((match) => match[2] ?? '');
      expect(headings.filter((heading) => /Injected|forged|status:|heading/i.test(heading))).toEqual([]);
      expect(html.match(/<h1/g)).toHaveLength(1);
      expect(markdown).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u200E\u200F]/);
    },
  );

  it('keeps the front matter to its own keys, one line each, and YAML reads the names back as typed', () => {
    const markdown = renderRecord();
    const frontMatter = markdown.split('\n---\n')[0]?.split('\n').slice(1) ?? [];
    const keys = frontMatter.filter((line) => line !== '').map((line) => line.split(':')[0]);
    expect(keys).toEqual(['status', 'date', 'decision-makers', 'consulted', 'informed']);
    const makers = frontMatter.find((line) => line.startsWith('decision-makers: '))?.slice('decision-makers: '.length);
    // A YAML double-quoted flow list of \u escapes is also JSON.
    expect(JSON.parse(makers ?? '')).toEqual(HOSTILE.slice(0, 5).map(singleLine));
    expect(JSON.parse(makers ?? '')[0]).toBe('<img src=x onerror=alert(1)>');
  });

  it('keeps the title on one line', () => {
    const withBreak = answersOf({ ...answers, decision: { title: 'One\n# Two' } });
    const markdown = renderDecisionRecord(withBreak, recommend(withBreak), {});
    expect(markdown).toMatch(/^# One \\# Two$/m);
    expect(marked.parse(markdown, { async: false }).match(/<h1/g)).toHaveLength(1);
  });
});

describe('safe text', () => {
  it.each([
    ['Ada\u202Enoitpo', 'Adanoitpo'],
    ['\u2067Ali\u2069 and \u200Fco', 'Ali and co'],
  ])('removes bidi controls from %j', (input, output) => {
    expect(withoutBidiControls(input)).toBe(output);
  });

  it.each([
    ['yes', '"yes"'],
    ['<b>', '"\\u003Cb\\u003E"'],
    ['a\nb', '"a b"'],
    ['Jean-Luc Picard', '"Jean-Luc Picard"'],
  ])('writes %j as the front matter value %s', (input, output) => {
    expect(frontMatterString(input)).toBe(output);
    expect(JSON.parse(frontMatterString(input))).toBe(singleLine(input));
  });
});

describe('names as shown', () => {
  it('show a region name without the override that would reverse the text after it', () => {
    expect(regionDisplayName({ id: 'lab', name: 'Lab\u202E north' })).toBe('Lab north');
  });
});
