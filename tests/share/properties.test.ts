import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildShareUrl, type DecodeResult, decodeAnswers, encodeAnswers, readShareHash } from '../../src/share';
import { sealBody } from '../../src/share/frame';
import { encodeBodyAs } from '../../src/share/migrate';
import { validAnswers } from './arbitraries';

const LINK_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefhxyz0123456789._-';
/** Characters a damaged or hand-edited link may hold: the link alphabet and what chat apps or people add. */
const editChar = fc.oneof(
  fc.constantFrom(...LINK_CHARS.split('')),
  fc.constantFrom('#', '%', ' ', '\n', ')', '&', '?', '=', '+', '~', 'é', '😀'),
);

function decodeWithoutThrowing(payload: string): DecodeResult {
  let result: DecodeResult | undefined;
  expect(() => {
    result = decodeAnswers(payload);
  }).not.toThrow();
  if (result === undefined) throw new Error('decodeAnswers returned nothing');
  return result;
}

/**
 * A decoded payload must be exactly the link its answers make in the payload's version: a string decodes only if
 * it is a valid link.
 */
function expectOkOnlyForValidLinks(payload: string): void {
  const result = decodeWithoutThrowing(payload);
  if (!result.ok) return;
  const version = Number(/^v(\d+)\./.exec(payload)?.[1]);
  expect(sealBody(version, encodeBodyAs(version, result.value) ?? '')).toBe(payload);
}

describe('share link properties', () => {
  it('round-trips any valid answers exactly, through the URL and location.hash', () => {
    fc.assert(
      fc.property(validAnswers(), (answers) => {
        const payload = encodeAnswers(answers);
        expect(payload).toMatch(/^[A-Za-z0-9._-]+$/);
        expect(decodeAnswers(payload)).toEqual({ ok: true, value: answers });
        const hash = new URL(buildShareUrl(answers, 'http://localhost:5173/')).hash;
        expect(readShareHash(hash)).toEqual({ ok: true, value: answers });
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on arbitrary text, and decodes only valid links', () => {
    const anyText = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 200 }),
      fc.string({ unit: editChar, maxLength: 200 }),
      fc.string({ unit: editChar, maxLength: 60 }).map((rest) => `v1.${rest}`),
      fc.string({ unit: editChar, maxLength: 60 }).map((rest) => `v2.${rest}`),
    );
    fc.assert(fc.property(anyText, expectOkOnlyForValidLinks), { numRuns: 2000 });
  });

  it('never throws on forged bodies with a correct envelope, and decodes only their canonical form', () => {
    // Bodies close to the grammar, with canonical and non-canonical spellings, so many of them decode.
    const numberText = fc.constantFrom('0', '-0', '1', '2', '150', '1.5', '1e-7', '01', '1.0', '1.50', '2e0', '-1', '');
    const text = fc.constantFrom('us-east-1', 'x', '_x', '_.x', 'x_.', '__', '_-', 'aws_-x', '_278', '_41', '');
    const optional = (tag: string, value: fc.Arbitrary<string>) =>
      fc.option(
        value.map((v) => tag + v),
        { nil: '' },
      );
    const region = fc
      .tuple(
        fc.constantFrom('A', 'Z', 'G', 'I'),
        text,
        optional('N', text),
        optional('Y', numberText),
        optional('X', numberText),
        optional('C', numberText),
      )
      .map((parts) => parts.join(''));
    const nearlyValidBody = fc
      .tuple(numberText, numberText, fc.constantFrom('0', '1', '2'), fc.constantFrom('2222', '0413', '2225', '222'))
      .chain(([latency, ops, environments, priorities]) =>
        fc
          .array(region, { maxLength: 4 })
          .map((regions) => `L${latency}O${ops}E${environments}P${priorities}${regions.join('')}`),
      );
    const field = fc.tuple(
      fc.constantFrom(...'LOEPAZGINYXCQ'.split('')),
      fc.string({ unit: fc.constantFrom(...'abz019._-'.split('')), maxLength: 8 }),
    );
    const randomBody = fc
      .array(field, { maxLength: 12 })
      .map((fields) => fields.map((parts) => parts.join('')).join(''));
    fc.assert(
      fc.property(fc.oneof(nearlyValidBody, randomBody), (body) => expectOkOnlyForValidLinks(sealBody(1, body))),
      { numRuns: 3000 },
    );
  });

  it('never throws on forged v2 bodies, and decodes only their canonical form', () => {
    const numberText = fc.constantFrom('0', '1', '2', '3', '10', '50', '201', '1.5', '01', '1.0', '-1', '');
    const text = fc.constantFrom('eu', 'x', '_x', '_.x', '__', 'aws_-x', '_278', '');
    const optional = (tag: string, value: fc.Arbitrary<string>) =>
      fc.option(
        value.map((v) => tag + v),
        { nil: '' },
      );
    const region = fc
      .tuple(
        fc.constantFrom('A', 'Z', 'G', 'I'),
        fc.constantFrom('us-east-1', 'eu-west-1', 'site', 'x'),
        optional('N', text),
        optional('Y', numberText),
        optional('X', numberText),
        optional('C', numberText),
        optional('S', fc.constantFrom('c', 'd', 'e', 'x', '')),
        optional('W', fc.constantFrom('c', 'i', 'a', 'x', '')),
        optional('U', numberText),
        optional('J', text),
      )
      .map((parts) => parts.join(''));
    const jurisdiction = fc
      .tuple(text, optional('N', text), optional('B', fc.constantFrom('0', '1', '2', '')))
      .map(([id, name, keep]) => `J${id}${name}${keep}`);
    const end = fc.constantFrom('F0', 'F1', 'F2', 'Fh', 'F01', 'F', 'FAus-east-1', 'FIx', 'Fx');
    const latency = fc.tuple(numberText, end, end).map(([ms, from, to]) => `T${ms}${from}${to}`);
    const decision = fc
      .tuple(
        optional('N', text),
        optional('S', fc.constantFrom('p', 'a', 'r', 'd', 's', 'x', '')),
        optional('D', fc.constantFrom('2026-12-05', '2026-13-01', '')),
        fc.constantFrom('', 'M', 'M_ana', 'M_anaM_bo', 'MM_ana'),
        fc.constantFrom('', 'C', 'C_li'),
        fc.constantFrom('', 'I', 'I_li'),
        optional('A', text),
      )
      .map((parts) => `Q${parts.join('')}`);
    const body = fc
      .tuple(
        optional('K', numberText),
        optional('R', numberText),
        fc.oneof(
          fc.constant(''),
          fc.constant('J'),
          fc.array(jurisdiction, { maxLength: 2 }).map((j) => j.join('')),
        ),
        fc.array(region, { minLength: 1, maxLength: 3 }).map((regions) => regions.join('')),
        fc.constantFrom('', 'H0', 'H1', 'H', 'HAeu-central-1', 'H01', 'Hx'),
        fc.oneof(
          fc.constant(''),
          fc.constant('T'),
          fc.array(latency, { maxLength: 2 }).map((l) => l.join('')),
        ),
        fc.option(decision, { nil: '' }),
      )
      .map((parts) => `L150O2E0P2222${parts.join('')}`);
    fc.assert(
      fc.property(body, (forged) => expectOkOnlyForValidLinks(sealBody(2, forged))),
      { numRuns: 3000 },
    );
  });

  it('never decodes a link with one character changed, removed or added', () => {
    const edit = fc.record({
      kind: fc.constantFrom('replace', 'remove', 'insert'),
      at: fc.nat(),
      char: editChar,
    });
    fc.assert(
      fc.property(validAnswers(6), edit, (answers, { kind, at, char }) => {
        const payload = encodeAnswers(answers);
        const index = at % payload.length;
        const edited =
          payload.slice(0, index) +
          (kind === 'remove' ? '' : char) +
          payload.slice(kind === 'insert' ? index : index + 1);
        fc.pre(edited !== payload);
        expect(decodeWithoutThrowing(edited).ok).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });
});
