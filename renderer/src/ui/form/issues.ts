// Turns schema issues (checked here with the shared zod schemas) and the station's error messages
// ("admission.weightKg: Expected number") into errors next to the form field they name.
import type { ErrorMessage, FieldErrors } from './result';

export type Path = readonly (string | number)[];
/** Maps a path inside the API input to a form field key; null when the form has no such field (then form-level). */
export type PathToField = (path: Path) => string | null;

/** The part of a zod issue used here (zod 4). */
export interface IssueLike {
  readonly code: string;
  readonly path: readonly PropertyKey[];
  readonly message: string;
  readonly origin?: string;
  readonly minimum?: number | bigint;
  readonly maximum?: number | bigint;
  readonly expected?: string;
}

export const joinPath: PathToField = (path) => (path.length === 0 ? null : path.join('.'));

function bound(value: number | bigint | undefined): number {
  return Number(value ?? 0);
}

/** A zod issue in plain words (as a code, translated when shown). */
export function issueMessage(issue: IssueLike): ErrorMessage {
  switch (issue.code) {
    case 'invalid_type':
      return { code: issue.expected === 'number' ? 'number' : 'required' };
    case 'too_small':
      if (issue.origin === 'string') return bound(issue.minimum) <= 1 ? { code: 'required' } : { code: 'tooShort', params: { min: bound(issue.minimum) } };
      if (issue.origin === 'array') return { code: 'required' };
      return { code: 'tooSmall', params: { min: bound(issue.minimum) } };
    case 'too_big':
      if (issue.origin === 'string') return { code: 'tooLong', params: { max: bound(issue.maximum) } };
      return { code: 'tooBig', params: { max: bound(issue.maximum) } };
    case 'invalid_format':
      return { code: /YYYY-MM-DD/.test(issue.message) ? 'date' : 'invalid' };
    case 'invalid_value':
    case 'invalid_union':
      return { code: 'choose' };
    case 'custom':
      if (issue.message === 'the end is before the start') return { code: 'endBeforeStart' };
      if (issue.message === 'describe the reaction') return { code: 'describeReaction' };
      return { text: issue.message };
    default:
      return { code: 'invalid' };
  }
}

function add(errors: Record<string, ErrorMessage>, field: string | null, message: ErrorMessage): void {
  const key = field ?? '';
  if (!(key in errors)) errors[key] = message;
}

export function issuesToErrors(issues: readonly IssueLike[], toField: PathToField = joinPath): FieldErrors {
  const errors: Record<string, ErrorMessage> = {};
  for (const issue of issues) {
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    add(errors, toField(path), issueMessage(issue));
  }
  return errors;
}

const PATH_START = /^[A-Za-z_]\w*(?:\.\w+)*: /;

/** Splits "a.b: msg; c: msg2" into paths and messages; a message that names no field is form-level (path []). */
export function parseStationMessage(message: string): { path: Path; text: string }[] {
  if (!PATH_START.test(message)) return [{ path: [], text: message }];
  return message.split(/; (?=[A-Za-z_]\w*(?:\.\w+)*: )/).map((part) => {
    const colon = part.indexOf(': ');
    const path = part
      .slice(0, colon)
      .split('.')
      .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
    return { path, text: part.slice(colon + 2) };
  });
}

/**
 * The station's error, next to the fields it names. `prefix` is the input's wrapper ("admission", "infusion", "data"),
 * stripped when present. A path the form has no field for stays form-level, with the path kept in the words.
 */
/** `said`: the station's words in the window's language, shown instead of its English (a said error names one field). */
export function stationErrors(message: string, prefix: string | readonly string[] | null, toField: PathToField = joinPath, said?: string): FieldErrors {
  const prefixes: readonly string[] = prefix === null ? [] : typeof prefix === 'string' ? [prefix] : prefix;
  const errors: Record<string, ErrorMessage> = {};
  for (const { path, text } of parseStationMessage(message)) {
    const inner = typeof path[0] === 'string' && prefixes.includes(path[0]) ? path.slice(1) : path;
    const field = inner.length > 0 ? toField(inner) : null;
    const shown = said ?? text;
    add(errors, field, field === null && path.length > 0 ? { text: `${path.join('.')}: ${shown}` } : { text: shown });
  }
  return errors;
}
