// Outside text (a request target, a header, an error message quoting them) made safe for one log line.

/** Control, format (bidi, zero-width) and line-separator characters, and the backslash that introduces our escapes. */
const UNSAFE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\\]/gu;

export const MAX_LOGGED_CHARS = 200;

/** Escapes what could end or disguise a log line and caps the length, so a request cannot forge a line. */
export function escapeForLog(text: string, maxChars = MAX_LOGGED_CHARS): string {
  const chars = Array.from(text);
  const clipped = chars.length > maxChars ? `${chars.slice(0, maxChars).join('')}…(${chars.length} characters)` : text;
  return clipped.replace(UNSAFE, (c) => (c === '\\' ? '\\\\' : `\\u{${c.codePointAt(0)!.toString(16)}}`));
}
