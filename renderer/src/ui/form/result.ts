// The result of turning what was typed into an API input: the value, or errors keyed by form field.
// Messages are codes with parameters (translated when shown), or the station's own words.
export type ErrorCode =
  | 'required'
  | 'number'
  | 'integer'
  | 'date'
  | 'dateTime'
  | 'tooSmall'
  | 'tooBig'
  | 'tooShort'
  | 'tooLong'
  | 'choose'
  | 'invalid'
  | 'endBeforeStart'
  | 'describeReaction'
  | 'secondVerifierSelf';

export type ErrorMessage =
  | { readonly code: ErrorCode; readonly params?: Readonly<Record<string, string | number>> }
  | { readonly text: string };

/** Field key → what is wrong with it. The key '' is the form as a whole. */
export type FieldErrors = Readonly<Record<string, ErrorMessage>>;

export type Converted<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly errors: FieldErrors };

/** Collects errors while converting field by field; the first error of a field wins. */
export class Errors {
  private readonly map: Record<string, ErrorMessage> = {};

  add(field: string, message: ErrorMessage): void {
    if (!(field in this.map)) this.map[field] = message;
  }

  get any(): boolean {
    return Object.keys(this.map).length > 0;
  }

  get all(): FieldErrors {
    return { ...this.map };
  }

  /** The text, trimmed; records 'required' when empty. */
  required(field: string, text: string): string {
    const value = text.trim();
    if (value === '') this.add(field, { code: 'required' });
    return value;
  }

  /** A number typed with a point or a comma; null (and an error) when it is not one. */
  number(field: string, text: string, options: { integer?: boolean; optional?: boolean } = {}): number | null {
    if (text.trim() === '') {
      if (!options.optional) this.add(field, { code: 'required' });
      return null;
    }
    const value = parseDecimal(text);
    if (value === null) {
      this.add(field, { code: 'number' });
      return null;
    }
    if (options.integer && !Number.isInteger(value)) {
      this.add(field, { code: 'integer' });
      return null;
    }
    return value;
  }

  finish<T>(value: () => T): Converted<T> {
    return this.any ? { ok: false, errors: this.all } : { ok: true, value: value() };
  }
}

/** "70", "70.5", "70,5", " 0.75 " → number; anything else (letters, "1e3", two separators) → null. */
export function parseDecimal(text: string): number | null {
  const trimmed = text.trim();
  if (!/^[+-]?(\d+([.,]\d*)?|[.,]\d+)$/.test(trimmed)) return null;
  const value = Number(trimmed.replace(',', '.'));
  return Number.isFinite(value) ? value : null;
}

/** A number back into a form field (no rounding, no grouping). */
export function numberText(value: number | null | undefined): string {
  return value === null || value === undefined ? '' : String(value);
}
