import { describe, expect, it } from 'vitest';
import { CHECKSUM_CHARS, crc32, formatChecksum, parseChecksum } from '../../src/share/checksum';

describe('crc32', () => {
  it.each([
    ['', 0],
    ['123456789', 0xcbf43926],
    ['The quick brown fox jumps over the lazy dog', 0x414fa339],
  ])('matches the published CRC-32 of %j', (text, expected) => {
    expect(crc32(text)).toBe(expected);
  });

  it('refuses text that is not ASCII, which no share link holds', () => {
    expect(() => crc32('é')).toThrow(RangeError);
  });
});

describe('checksum text', () => {
  it.each([0, 1, 61, 62, 0xcbf43926, 0xffffffff])('writes %d as six base-62 digits and reads it back', (value) => {
    const text = formatChecksum(value);
    expect(text).toMatch(/^[0-9A-Za-z]{6}$/);
    expect(text).toHaveLength(CHECKSUM_CHARS);
    expect(parseChecksum(text)).toBe(value);
  });

  it.each(['', '00000', '0000000', '00000-', 'zzzzzz'])('rejects %j', (text) => {
    expect(parseChecksum(text)).toBeNull();
  });
});
