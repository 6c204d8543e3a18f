import { describe, expect, it, vi } from 'vitest';
import { parseJsonDocuments } from '../../../src/engine/estate-import/json-documents';
import { jsonSyntaxErrorOffset } from '../../../src/share/json-syntax';

describe('JSON as the CLIs print it', () => {
  it('reads one document, several one after the other, and arrays among them', () => {
    expect(parseJsonDocuments('{"a": 1}')).toEqual({ ok: true, documents: [{ a: 1 }] });
    expect(parseJsonDocuments('{"a": "}{"}\n\n{"b": [1, {"c": "\\"]"}]}\n[3]')).toEqual({
      ok: true,
      documents: [{ a: '}{' }, { b: [1, { c: '"]' }] }, [3]],
    });
  });

  it('names the line and column of a second document that breaks, with a syntax scan', () => {
    expect(parseJsonDocuments('{"a": 1}\n{"b": }', jsonSyntaxErrorOffset)).toMatchObject({
      ok: false,
      place: { line: 2, column: 7 },
    });
    // Cut short: the place is the end.
    expect(parseJsonDocuments('[{"a": 1},\n {"b"', jsonSyntaxErrorOffset)).toMatchObject({
      ok: false,
      place: { line: 2, column: 6 },
    });
  });

  it('without a scan, gives the place only where the parser names one', () => {
    // Node's V8 words this one without a place.
    expect(parseJsonDocuments('{"b": }')).toEqual({ ok: false, detail: expect.stringMatching(/Unexpected token/) });
  });

  it.each([
    [
      'Firefox, which counts lines within the document that broke',
      "JSON.parse: expected property name or '}' at line 1 column 3 of the JSON data",
      { ok: false, place: { line: 2, column: 3 }, detail: "expected property name or '}'" },
    ],
    [
      'Safari, which says no place',
      "JSON Parse error: Expected '}'",
      { ok: false, detail: "JSON Parse error: Expected '}'" },
    ],
  ])('reads the place as %s words it', (_, message, expected) => {
    const parse = JSON.parse;
    vi.spyOn(JSON, 'parse').mockImplementation((text: string) => {
      if (text.includes('broken')) throw new SyntaxError(message);
      return parse(text);
    });
    expect(parseJsonDocuments('{"a": 1}\n{ broken')).toEqual(expected);
  });
});
