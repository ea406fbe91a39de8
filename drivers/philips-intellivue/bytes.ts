// Bounds-checked big-endian reading and writing. Readers throw only their own errors, which
// `decodeSafely` turns into a DecodeIssue, so nothing ever throws out of the codec.
import type { DecodeIssue, DecodeResult } from '../types';
import { errorMessage } from '../../shared/errors';

/** Raised by a Reader that would read past its end. */
class ShortRead extends Error {}

/** Raised by decoders when bytes are present but make no sense. */
export class Malformed extends Error {
  constructor(
    message: string,
    readonly kind: DecodeIssue['kind'] = 'malformed',
  ) {
    super(message);
  }
}

export class Reader {
  private at: number;

  constructor(
    private readonly data: Uint8Array,
    start = 0,
    private readonly end = data.length,
  ) {
    this.at = start;
  }

  get offset(): number {
    return this.at;
  }

  get remaining(): number {
    return this.end - this.at;
  }

  private need(n: number): number {
    if (n < 0 || this.at + n > this.end) throw new ShortRead(`needs ${n} byte(s) at offset ${this.at}, ${this.remaining} left`);
    const at = this.at;
    this.at += n;
    return at;
  }

  u8(): number {
    return this.data[this.need(1)]!;
  }

  u16(): number {
    const at = this.need(2);
    return (this.data[at]! << 8) | this.data[at + 1]!;
  }

  u32(): number {
    const at = this.need(4);
    return ((this.data[at]! << 24) >>> 0) + ((this.data[at + 1]! << 16) | (this.data[at + 2]! << 8) | this.data[at + 3]!);
  }

  bytes(n: number): Uint8Array {
    const at = this.need(n);
    return this.data.subarray(at, at + n);
  }

  /** A reader over the next n bytes; this reader moves past them. */
  sub(n: number): Reader {
    const at = this.need(n);
    return new Reader(this.data, at, at + n);
  }

  skip(n: number): void {
    this.need(n);
  }
}

/** Runs a decoder; a short read becomes 'truncated', Malformed its own kind, anything else 'malformed'. */
export function decodeSafely<T>(what: string, decode: () => T): DecodeResult<T> {
  try {
    return { ok: true, value: decode() };
  } catch (error) {
    const message = errorMessage(error);
    if (error instanceof ShortRead) return { ok: false, issue: { kind: 'truncated', message: `${what}: ${message}` } };
    if (error instanceof Malformed) return { ok: false, issue: { kind: error.kind, message: `${what}: ${message}` } };
    return { ok: false, issue: { kind: 'malformed', message: `${what}: ${message}` } };
  }
}

export class Writer {
  private readonly out: number[] = [];

  get length(): number {
    return this.out.length;
  }

  u8(v: number): this {
    this.out.push(v & 0xff);
    return this;
  }

  u16(v: number): this {
    this.out.push((v >>> 8) & 0xff, v & 0xff);
    return this;
  }

  u32(v: number): this {
    this.out.push((v >>> 24) & 0xff, (v >>> 16) & 0xff, (v >>> 8) & 0xff, v & 0xff);
    return this;
  }

  bytes(b: ArrayLike<number>): this {
    for (let i = 0; i < b.length; i++) this.out.push(b[i]! & 0xff);
    return this;
  }

  /** Write a u16 placeholder; returns a function that fills it with the number of bytes written since. */
  lengthMark(): () => void {
    const at = this.out.length;
    this.u16(0);
    return () => {
      const n = this.out.length - at - 2;
      this.out[at] = (n >>> 8) & 0xff;
      this.out[at + 1] = n & 0xff;
    };
  }

  toBytes(): Uint8Array {
    return Uint8Array.from(this.out);
  }
}

export const toHex = (b: Uint8Array): string => Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
export const hex16 = (v: number): string => `0x${v.toString(16).toUpperCase().padStart(4, '0')}`;
