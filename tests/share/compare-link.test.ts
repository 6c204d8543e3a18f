import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Answers, parseAnswers } from '../../src/engine';
import { encodeAnswers } from '../../src/share';
import {
  buildCompareFragment,
  COMPARE_SEPARATOR,
  isCompareFragment,
  MAX_COMPARED_VERSIONS,
  splitCompareFragment,
} from '../../src/share/compare-fragment';
import { buildCompareUrl, decodeComparedLinks, readCompareHash, readPastedLinks } from '../../src/share/compare-link';
import { LINK_ALPHABET } from '../../src/share/link-text';

function answers(latencyToleranceMs: number): Answers {
  const parsed = parseAnswers({ version: 1, regions: [{ id: 'aws:us-east-1', clusters: 3 }], latencyToleranceMs });
  if (!parsed.ok) throw new Error('test answers are invalid');
  return parsed.value;
}

const a = encodeAnswers(answers(150));
const b = encodeAnswers(answers(250));

describe('the compare fragment', () => {
  it('uses a separator that no payload can hold and that URLs never percent-encode', () => {
    expect(LINK_ALPHABET.test(COMPARE_SEPARATOR)).toBe(false);
    expect(encodeURIComponent(COMPARE_SEPARATOR)).toBe(COMPARE_SEPARATOR);
    expect(new URL(`https://advisor.example/#${buildCompareFragment([a, b])}`).hash).toBe(`#compare~${a}~${b}`);
  });

  it('round-trips its payloads in order', () => {
    expect(splitCompareFragment(buildCompareFragment([b, a]))).toEqual({ payloads: [b, a], leftOut: 0 });
    expect(splitCompareFragment('compare')).toEqual({ payloads: [], leftOut: 0 });
  });

  it.each([
    ['compare', true],
    [`compare~${a}`, true],
    [a, false],
    ['comparex', false],
    ['result', false],
  ])('tells %s apart from a share link: %s', (fragment, expected) => {
    expect(isCompareFragment(fragment)).toBe(expected);
  });

  it(`keeps at most ${MAX_COMPARED_VERSIONS} versions and says how many it left out`, () => {
    const many = Array.from({ length: MAX_COMPARED_VERSIONS + 2 }, () => a);
    expect(splitCompareFragment(buildCompareFragment(many))?.leftOut).toBe(2);
    expect(buildCompareUrl(many, 'https://x/#old').split(COMPARE_SEPARATOR)).toHaveLength(MAX_COMPARED_VERSIONS + 1);
  });
});

describe('reading pasted links', () => {
  it('takes full addresses, bare fragments and payloads, with any whitespace around them', () => {
    const text = `  https://advisor.example/app/#${a}\n\n\t#${b}   ${a}  \r\n`;
    expect(readPastedLinks(text)).toEqual([a, b, a]);
  });

  it('adds each version of a pasted compare link, even with its "~" percent-encoded', () => {
    expect(readPastedLinks(`https://advisor.example/#compare%7E${a}%7e${b}`)).toEqual([a, b]);
  });

  it('reads nothing from blank text', () => {
    expect(readPastedLinks(' \n ')).toEqual([]);
  });
});

describe('decoding a compare link', () => {
  it('names a damaged link by position and reason while the others decode', () => {
    const damaged = `${b.slice(0, -1)}x`;
    const read = readCompareHash(`#${buildCompareFragment([a, b, damaged])}`);
    expect(read?.links.map((link) => [link.position, link.result.ok])).toEqual([
      [1, true],
      [2, true],
      [3, false],
    ]);
    const third = read?.links[2]?.result;
    expect(third?.ok === false && third.error.kind).toBe('corrupted');
    expect(third?.ok === false && third.error.reason).toMatch(/checksum/);
    const second = read?.links[1]?.result;
    expect(second?.ok && second.value.latencyToleranceMs).toBe(250);
  });

  it('is null for a share link or an empty address', () => {
    expect(readCompareHash(`#${a}`)).toBeNull();
    expect(readCompareHash('')).toBeNull();
  });
});

describe('any text at all', () => {
  it('reads into links that each decode or say why, never throwing', () => {
    const pieces = fc.oneof(fc.string(), fc.constantFrom(a, b, '~', '#', 'compare', '%7E', ' ', '\n', 'https://x/#'));
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 12 }), (parts) => {
        const links = decodeComparedLinks(readPastedLinks(parts.join('')));
        for (const link of links) {
          if (!link.result.ok) expect(link.result.error.reason).not.toBe('');
        }
        const hash = readCompareHash(`#compare~${parts.join('')}`);
        expect(hash?.links.length).toBeLessThanOrEqual(MAX_COMPARED_VERSIONS);
      }),
      { numRuns: 300 },
    );
  });
});
