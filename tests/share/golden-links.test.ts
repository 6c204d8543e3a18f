import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseAnswers } from '../../src/engine';
import { decodeAnswers, encodeAnswers, readShareHash, SHARE_LINK_VERSION } from '../../src/share';

interface GoldenLink {
  readonly name: string;
  readonly payload: string;
  readonly answers: unknown;
}

// Read with JSON.parse rather than imported: Vite's JSON loader rejects the lone surrogate one fixture holds.
const golden: { readonly links: readonly GoldenLink[] } = JSON.parse(
  readFileSync(new URL('./fixtures/golden-links.json', import.meta.url), 'utf8'),
);

// Every link the advisor has ever produced must keep opening to the same answers: these fixtures are
// append-only, and the decode test below must pass against them forever, whatever the current version.
const links = golden.links.map((link) => {
  const parsed = parseAnswers(link.answers);
  if (!parsed.ok) throw new Error(`fixture "${link.name}" no longer parses: ${JSON.stringify(parsed.problems)}`);
  return { name: link.name, payload: link.payload, answers: parsed.value };
});

describe('golden share links', () => {
  it('has links to check', () => {
    expect(links.length).toBeGreaterThanOrEqual(8);
  });

  it.each(links)('$name decodes to its answers', ({ payload, answers }) => {
    expect(decodeAnswers(payload)).toEqual({ ok: true, value: answers });
  });

  it.each(links)('$name opens from a pasted URL', ({ payload, answers }) => {
    const hash = new URL(`http://localhost:5173/#${payload}`).hash;
    expect(readShareHash(hash)).toEqual({ ok: true, value: answers });
  });

  // Holds only while a link's version is the one being written; older links are then decode-only.
  it.each(links.filter(({ payload }) => payload.startsWith(`v${SHARE_LINK_VERSION}.`)))(
    'the current encoder still writes $name byte for byte',
    ({ payload, answers }) => {
      expect(encodeAnswers(answers)).toBe(payload);
    },
  );
});
