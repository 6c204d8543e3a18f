/**
 * Reading a link body's tagged fields, for body formats from v2 on (body-v1.ts keeps its own frozen copy).
 * A body is a run of fields, each a capital letter (its tag) and the lowercase text up to the next capital.
 */

export type BodyDecodeResult<Document> =
  | { readonly ok: true; readonly document: Document }
  | { readonly ok: false; readonly reason: string };

export interface Field {
  readonly tag: string;
  readonly value: string;
}

/** A body's fields in order; null when the body is not a run of tagged fields. */
export function readFields(body: string): Field[] | null {
  if (!/^[A-Za-z0-9._-]*$/.test(body) || /^[^A-Z]/.test(body)) return null;
  return (body.match(/[A-Z][^A-Z]*/g) ?? []).map((text) => ({ tag: text.charAt(0), value: text.slice(1) }));
}

/** Reads fields in order. */
export class FieldReader {
  private index = 0;
  constructor(private readonly fields: readonly Field[]) {}

  get done(): boolean {
    return this.index >= this.fields.length;
  }

  peekTag(): string | undefined {
    return this.fields[this.index]?.tag;
  }

  peekValue(): string | undefined {
    return this.fields[this.index]?.value;
  }

  nextIs(tag: string): boolean {
    return this.peekTag() === tag;
  }

  /** The next field's value when it has this tag (and moves past it); otherwise undefined. */
  takeOptional(tag: string): string | undefined {
    const field = this.fields[this.index];
    if (field?.tag !== tag) return undefined;
    this.index += 1;
    return field.value;
  }

  takeAny(): Field | undefined {
    const field = this.fields[this.index];
    if (field) this.index += 1;
    return field;
  }
}

/** Thrown inside a body decoder only, and turned into a result there: it keeps the field-by-field reading flat. */
export class MalformedBody extends Error {}

export function required<Value>(value: Value | null | undefined, what: string): Value {
  if (value === null || value === undefined) throw new MalformedBody(what);
  return value;
}
