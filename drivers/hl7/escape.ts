// HL7 escape sequences (hl7.md 1.8), which @medplum/core 4.x leaves untouched: decoded per leaf, after splitting.

export interface Delimiters {
  readonly field: string;
  readonly component: string;
  readonly repetition: string;
  readonly escape: string;
  readonly subcomponent: string;
}

export const DEFAULT_DELIMITERS: Delimiters = { field: '|', component: '^', repetition: '~', escape: '\\', subcomponent: '&' };

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** \Xhh…\ bytes: UTF-8 when they validate, else one code point per byte (Latin-1). */
function hexBytes(hex: string): string | null {
  if (hex.length === 0 || hex.length % 2 !== 0 || !/^[0-9A-Fa-f]+$/.test(hex)) return null;
  const bytes = Uint8Array.from(hex.match(/../g)!.map((h) => parseInt(h, 16)));
  try {
    return utf8.decode(bytes);
  } catch {
    return String.fromCharCode(...bytes);
  }
}

function replacement(body: string, d: Delimiters): string | null {
  switch (body) {
    case 'F':
      return d.field;
    case 'S':
      return d.component;
    case 'T':
      return d.subcomponent;
    case 'R':
      return d.repetition;
    case 'E':
      return d.escape;
    case 'H':
    case 'N':
      return ''; // highlighting on/off: formatting only
    case '.br':
      return '\n';
  }
  if (body.startsWith('X')) return hexBytes(body.slice(1));
  if (/^\.sp\d*$/.test(body)) return '\n';
  // Charset switches (\Cxxyy\ \Mxxyyzz\), locally defined (\Zxx\) and other formatting (\.in\ \.ti\ \.ce\ …) are dropped.
  if (/^(C[0-9A-Fa-f]{4}|M[0-9A-Fa-f]{4,6}|Z.*|\.[a-z]{2}[+-]?\d*)$/.test(body)) return '';
  return null;
}

/** Decodes the escape sequences of one leaf (a subcomponent). An unknown or unterminated sequence is kept as sent. */
export function unescapeLeaf(text: string, d: Delimiters = DEFAULT_DELIMITERS): string {
  if (!d.escape || !text.includes(d.escape)) return text;
  let out = '';
  let i = 0;
  while (i < text.length) {
    const start = text.indexOf(d.escape, i);
    if (start === -1) break;
    const end = text.indexOf(d.escape, start + 1);
    if (end === -1) break;
    const decoded = replacement(text.slice(start + 1, end), d);
    if (decoded === null) {
      out += text.slice(i, start + 1);
      i = start + 1;
      continue;
    }
    out += text.slice(i, start) + decoded;
    i = end + 1;
  }
  return out + text.slice(i);
}

/** Escapes text we put into a message (ACK reasons may quote what the sender sent). */
export function escapeText(text: string, d: Delimiters = DEFAULT_DELIMITERS): string {
  const map = new Map([
    [d.escape, 'E'],
    [d.field, 'F'],
    [d.component, 'S'],
    [d.subcomponent, 'T'],
    [d.repetition, 'R'],
  ]);
  let out = '';
  for (const ch of text.replace(/[\r\n]+/g, ' ')) {
    const code = map.get(ch);
    out += code === undefined ? ch : `${d.escape}${code}${d.escape}`;
  }
  return out;
}

/** A field's text with every leaf decoded and the component, repetition and subcomponent separators kept. */
export function unescapeField(repetitions: readonly (readonly string[])[], d: Delimiters = DEFAULT_DELIMITERS): string {
  return repetitions
    .map((components) => components.map((c) => c.split(d.subcomponent).map((s) => unescapeLeaf(s, d)).join(d.subcomponent)).join(d.component))
    .join(d.repetition);
}
