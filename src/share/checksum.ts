/**
 * The share link's checksum: CRC-32 (IEEE 802.3, the polynomial zip and PNG use) over the link's ASCII text,
 * written as six base-62 characters. CRC-32 catches every change confined to 32 consecutive bits, so any
 * single edited character is always detected; other damage slips through about once in four billion.
 */

/** CRC-32's reflected polynomial (IEEE 802.3). */
const CRC32_POLYNOMIAL = 0xedb88320;

/** Digits of the base-62 checksum text: alphanumerics only, so the link ends in a character chat apps keep. */
const BASE62_DIGITS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** 62^6 > 2^32, so six base-62 digits hold every CRC-32 value. */
export const CHECKSUM_CHARS = 6;

const CRC32_TABLE: readonly number[] = Array.from({ length: 256 }, (_, byte) => {
  let crc = byte;
  for (let bit = 0; bit < 8; bit += 1) crc = crc & 1 ? (crc >>> 1) ^ CRC32_POLYNOMIAL : crc >>> 1;
  return crc >>> 0;
});

/**
 * CRC-32 of ASCII text, 0..2^32-1. Share links are ASCII by construction; a character above U+007F is a
 * programmer error (callers check the link alphabet first).
 */
export function crc32(asciiText: string): number {
  let crc = 0xffffffff;
  for (let index = 0; index < asciiText.length; index += 1) {
    const code = asciiText.charCodeAt(index);
    if (code > 0x7f) throw new RangeError(`crc32 reads ASCII text only; found U+${code.toString(16)} at ${index}`);
    crc = (CRC32_TABLE[(crc ^ code) & 0xff] ?? 0) ^ (crc >>> 8);
  }
  return (crc ^ 0xffffffff) >>> 0;
}

/** A checksum as exactly six base-62 digits, zero-padded. */
export function formatChecksum(checksum: number): string {
  let rest = checksum;
  let text = '';
  for (let place = 0; place < CHECKSUM_CHARS; place += 1) {
    text = BASE62_DIGITS.charAt(rest % 62) + text;
    rest = Math.floor(rest / 62);
  }
  return text;
}

/** Reads six base-62 digits back; null when the text cannot be a checksum formatChecksum wrote. */
export function parseChecksum(text: string): number | null {
  if (text.length !== CHECKSUM_CHARS) return null;
  let value = 0;
  for (const digit of text) {
    const digitValue = BASE62_DIGITS.indexOf(digit);
    if (digitValue === -1) return null;
    value = value * 62 + digitValue;
  }
  return value <= 0xffffffff ? value : null;
}

/** The checksum text of some link text: `formatChecksum(crc32(text))`. */
export function checksumOf(asciiText: string): string {
  return formatChecksum(crc32(asciiText));
}
