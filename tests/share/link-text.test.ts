import { describe, expect, it } from 'vitest';
import { escapeText, formatNumber, parseNumber, unescapeText } from '../../src/share/link-text';

describe('escapeText', () => {
  it.each([
    ['eu-west-1', 'eu-west-1'],
    ['Dallas stores', '_dallas_.stores'],
    ['aws:x_y', 'aws_-x__y'],
    ['#&?%', '_223_226_23f_225'],
    ['ü', '_2fc'],
    ['😀', '_51f600'],
    ['\ud800', '_4d800'],
  ])('writes %j as %j', (text, escaped) => {
    expect(escapeText(text)).toBe(escaped);
    expect(unescapeText(escaped)).toBe(text);
  });

  it.each(['A', '_', '_A', '_0', '_7', '_3zz', '_4d8', '_6110000', 'a b', '%20'])(
    'refuses %j, which escapeText never writes',
    (escaped) => {
      expect(unescapeText(escaped)).toBeNull();
    },
  );
});

describe('formatNumber', () => {
  it.each([
    [150, '150'],
    [0.25, '0.25'],
    [-33.8688, '-33.8688'],
    [-0, '-0'],
    [1e-7, '1e-7'],
    [1e21, '1e21'],
    [5e-324, '5e-324'],
  ])('writes %d as %j and reads it back exactly', (value, text) => {
    expect(formatNumber(value)).toBe(text);
    expect(Object.is(parseNumber(text), value)).toBe(true);
  });

  it.each([Number.NaN, Number.POSITIVE_INFINITY])('refuses %d, which no answers document holds', (value) => {
    expect(() => formatNumber(value)).toThrow(RangeError);
  });

  it.each(['', '-', '+1', '01', '1.', '.5', '1e+5', '1E5', '0x10', '1e999', 'Infinity'])('refuses %j', (text) => {
    expect(parseNumber(text)).toBeNull();
  });
});
