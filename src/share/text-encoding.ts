// Text files as people save them: UTF-8 with or without a byte order mark (Notepad writes one), UTF-16 with one
// (Windows PowerShell 5's `Out-File` and `>` write UTF-16 LE by default).

const UTF16_LE_BOM = [0xff, 0xfe] as const;
const UTF16_BE_BOM = [0xfe, 0xff] as const;

const startsWith = (bytes: Uint8Array, prefix: readonly number[]) =>
  prefix.every((byte, index) => bytes[index] === byte);

/** Text without the byte order marks at its start (one, or several when an editor added its own to a file's). */
export function withoutByteOrderMarks(text: string): string {
  return text.replace(/^\uFEFF+/, '');
}

/**
 * The text of a file's bytes: UTF-16 LE or BE when they open with that byte order mark, else UTF-8; byte order marks
 * at the start are dropped. Undefined for binary data: a NUL byte outside UTF-16 (no text file holds one) or bytes
 * that are not valid in their encoding.
 */
export function decodeTextFile(bytes: Uint8Array): string | undefined {
  const encoding = startsWith(bytes, UTF16_LE_BOM)
    ? 'utf-16le'
    : startsWith(bytes, UTF16_BE_BOM)
      ? 'utf-16be'
      : 'utf-8';
  if (encoding === 'utf-8' && bytes.includes(0)) return undefined;
  try {
    return withoutByteOrderMarks(new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes));
  } catch {
    return undefined;
  }
}
