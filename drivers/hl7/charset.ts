// Bytes of one whole frame to text (hl7.md 1.8): strict UTF-8 first, MSH-18 only a hint, a configured single-byte fallback.

/** The charsets a listener can be configured with; UTF-8 is always tried first because real messages lie in MSH-18. */
export const HL7_CHARSETS = ['utf-8', 'windows-1252', 'latin1'] as const;
export type Hl7Charset = (typeof HL7_CHARSETS)[number];

export interface DecodedText {
  readonly text: string;
  /** The decoder actually used. */
  readonly charset: Hl7Charset;
  /** Why the decoder differs from what MSH-18 or the configuration said, for the archive; null when all agree. */
  readonly note: string | null;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
const cp1252 = new TextDecoder('windows-1252');

/** MSH-18 labels (table 0211) that name a single-byte Western charset. */
const SINGLE_BYTE_LABELS: Readonly<Record<string, Hl7Charset>> = { '8859/1': 'latin1', 'ISO-8859-1': 'latin1', 'WINDOWS-1252': 'windows-1252', CP1252: 'windows-1252' };

const isAscii = (bytes: Uint8Array): boolean => bytes.every((b) => b < 0x80);

/** MSH-18 read straight from the bytes, because the charset hint is needed before the text can be decoded (MSH is ASCII). */
export function declaredCharset(bytes: Uint8Array): string | null {
  const firstLine = Buffer.from(bytes.subarray(0, 2048)).toString('latin1').split(/[\r\n]/, 1)[0] ?? '';
  if (!firstLine.startsWith('MSH') || firstLine.length < 4) return null;
  const fields = firstLine.split(firstLine.charAt(3));
  const value = fields[17]?.split(firstLine.charAt(4) || '^')[0]?.trim() ?? '';
  return value === '' ? null : value;
}

function singleByte(bytes: Uint8Array, charset: Hl7Charset): string {
  return charset === 'latin1' ? Buffer.from(bytes).toString('latin1') : cp1252.decode(bytes);
}

/** Decodes one frame's payload. Never throws: every byte sequence decodes under a single-byte charset. */
export function decodeFrame(bytes: Uint8Array, configured: Hl7Charset = 'utf-8'): DecodedText {
  const declared = declaredCharset(bytes);
  if (isAscii(bytes)) return { text: Buffer.from(bytes).toString('latin1'), charset: 'utf-8', note: null };
  try {
    const text = strictUtf8.decode(bytes);
    const lies = declared !== null && !/UTF-?8/i.test(declared);
    return { text, charset: 'utf-8', note: lies ? `MSH-18 says "${declared}" but the bytes are valid UTF-8; decoded as UTF-8` : null };
  } catch {
    const hinted = declared === null ? undefined : SINGLE_BYTE_LABELS[declared.toUpperCase()];
    const charset: Hl7Charset = configured !== 'utf-8' ? configured : (hinted ?? 'windows-1252');
    const source = configured !== 'utf-8' ? 'the configured charset' : hinted ? 'MSH-18' : 'the default fallback';
    return { text: singleByte(bytes, charset), charset, note: `bytes are not valid UTF-8; decoded as ${charset} (${source})` };
  }
}

/** Text to bytes for an ACK, in the charset the message came in. */
export function encodeText(text: string, charset: Hl7Charset): Uint8Array {
  return new Uint8Array(Buffer.from(text, charset === 'utf-8' ? 'utf8' : 'latin1'));
}
