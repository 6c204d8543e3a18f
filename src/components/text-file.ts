/** A file's bytes as text, or why they are not text. Used by the app's file opener and the command line. */
export type DecodeTextResult = { readonly ok: true; readonly text: string } | { readonly ok: false };

/**
 * Decodes UTF-8 text; binary data (a NUL byte, which no text file holds, or bytes that are not UTF-8) is refused,
 * so a picture or an archive opened by mistake is called what it is instead of shown as garbage. A leading byte
 * order mark is dropped.
 */
export function decodeTextFile(bytes: Uint8Array): DecodeTextResult {
  if (bytes.includes(0)) return { ok: false };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes) };
  } catch {
    return { ok: false };
  }
}
