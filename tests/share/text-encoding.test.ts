import { describe, expect, it } from 'vitest';
import { MAX_ANSWERS_FILE_BYTES, readAnswersBytes } from '../../src/share/read-answers-file';

const DOCUMENT = '{"version": 1, "regions": [{"id": "lab", "name": "Ålesund 站点", "lat": 62.5, "lon": 6.2}]}';

const utf8 = (text: string) => new TextEncoder().encode(text);
function utf16(text: string, endian: 'le' | 'be'): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set(endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    const [first, second] = endian === 'le' ? [code & 0xff, code >> 8] : [code >> 8, code & 0xff];
    bytes[2 + index * 2] = first;
    bytes[3 + index * 2] = second;
  }
  return bytes;
}
const BOM = [0xef, 0xbb, 0xbf];

describe('answers files as people save them', () => {
  it.each([
    ['UTF-8', utf8(DOCUMENT)],
    ['UTF-8 with a byte order mark', Uint8Array.from([...BOM, ...utf8(DOCUMENT)])],
    ['UTF-8 with a doubled byte order mark', Uint8Array.from([...BOM, ...BOM, ...utf8(DOCUMENT)])],
    ['UTF-16 LE with a byte order mark (Windows PowerShell 5)', utf16(DOCUMENT, 'le')],
    ['UTF-16 BE with a byte order mark', utf16(DOCUMENT, 'be')],
  ])('reads %s', (_case, bytes) => {
    const read = readAnswersBytes(bytes);
    expect(read.ok && read.value.regions[0]?.name).toBe('Ålesund 站点');
  });

  it('names a JSON problem after a doubled byte order mark without an invisible character', () => {
    const read = readAnswersBytes(Uint8Array.from([...BOM, ...BOM, ...utf8('{"version": 1,, }')]));
    expect(read.ok).toBe(false);
    expect(JSON.stringify(read)).not.toMatch(/\uFEFF|\\ufeff/i);
    expect(!read.ok && read.problem.kind).toBe('not-json');
  });

  it('calls a UTF-16 file with broken bytes not text, and refuses more than the size cap', () => {
    expect(readAnswersBytes(Uint8Array.from([0xff, 0xfe, 0x00, 0xd8])).ok).toBe(false);
    const huge = new Uint8Array(MAX_ANSWERS_FILE_BYTES + 1).fill(0x20);
    expect(readAnswersBytes(huge)).toEqual({
      ok: false,
      problem: { kind: 'too-large', bytes: MAX_ANSWERS_FILE_BYTES + 1 },
    });
  });
});
