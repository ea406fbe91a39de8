// The MLLP framer alone: every frame succeeds or fails alone, whatever the read boundaries.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CR, FS, MllpDeframer, VT, encodeMllp, type MllpEvent } from './mllp';

const enc = (s: string) => new TextEncoder().encode(s);
const dec = (b: Uint8Array) => new TextDecoder().decode(b);
const concat = (...parts: Uint8Array[]) => Uint8Array.from(parts.flatMap((p) => [...p]));
const frames = (events: MllpEvent[]) => events.flatMap((e) => (e.kind === 'frame' ? [dec(e.payload)] : []));
const issues = (events: MllpEvent[]) => events.flatMap((e) => (e.kind === 'issue' ? [e.issue.kind] : []));

function pushInChunks(d: MllpDeframer, bytes: Uint8Array, sizes: number[]): MllpEvent[] {
  const out: MllpEvent[] = [];
  let at = 0;
  for (let i = 0; at < bytes.length; i++) {
    const size = Math.max(1, sizes[i % sizes.length] ?? 1);
    out.push(...d.push(bytes.subarray(at, at + size)));
    at += size;
  }
  return out;
}

describe('MllpDeframer', () => {
  it('isolates several frames in one read and keeps multi-byte text intact', () => {
    const events = new MllpDeframer().push(concat(encodeMllp(enc('MSH|1|Ж')), encodeMllp(enc('MSH|2|é'))));
    expect(frames(events)).toEqual(['MSH|1|Ж', 'MSH|2|é']);
  });

  it('joins a frame split inside a UTF-8 character and between FS and CR', () => {
    const bytes = encodeMllp(enc('MSH|Анна'));
    const d = new MllpDeframer();
    const cut = 6; // inside the two-byte 'А'
    const events = [...d.push(bytes.subarray(0, cut)), ...d.push(bytes.subarray(cut, bytes.length - 1)), ...d.push(bytes.subarray(bytes.length - 1))];
    expect(frames(events)).toEqual(['MSH|Анна']);
    expect(d.buffered).toBe(0);
  });

  it('ignores a stray LF between frames silently and reports other stray bytes', () => {
    const events = new MllpDeframer().push(concat(encodeMllp(enc('A')), enc('\n'), encodeMllp(enc('B')), enc('junk'), encodeMllp(enc('C'))));
    expect(frames(events)).toEqual(['A', 'B', 'C']);
    expect(issues(events)).toEqual(['stray']);
  });

  it('drops an oversize frame, reports it with its head, and resyncs at the next start block', () => {
    const d = new MllpDeframer(16);
    const events = d.push(concat(encodeMllp(enc('MSH|'.padEnd(40, 'x'))), encodeMllp(enc('MSH|ok'))));
    expect(frames(events)).toEqual(['MSH|ok']);
    const oversize = events.find((e) => e.kind === 'issue');
    expect(oversize?.kind === 'issue' && oversize.issue.kind).toBe('oversize');
    expect(oversize?.kind === 'issue' && dec(oversize.issue.head).startsWith('MSH|')).toBe(true);
  });

  it('caps an unterminated frame that keeps growing across reads', () => {
    const d = new MllpDeframer(1000);
    const events: MllpEvent[] = [...d.push(Uint8Array.of(VT))];
    for (let i = 0; i < 20; i++) events.push(...d.push(new Uint8Array(100).fill(0x41)));
    expect(issues(events)).toEqual(['oversize']);
    expect(d.buffered).toBe(0);
    expect(frames(d.push(encodeMllp(enc('MSH|next'))))).toEqual(['MSH|next']);
  });

  it('reports a frame that a new start block interrupts, and keeps the new frame', () => {
    const events = new MllpDeframer().push(concat(Uint8Array.of(VT), enc('MSH|cut'), encodeMllp(enc('MSH|whole'))));
    expect(frames(events)).toEqual(['MSH|whole']);
    expect(issues(events)).toEqual(['unterminated']);
  });

  it('ends a frame at FS even when CR is missing, and on close keeps a frame missing only its CR', () => {
    const d = new MllpDeframer();
    expect(frames(d.push(concat(Uint8Array.of(VT), enc('A'), Uint8Array.of(FS), Uint8Array.of(VT), enc('B'), Uint8Array.of(FS, CR))))).toEqual(['A', 'B']);
    d.push(concat(Uint8Array.of(VT), enc('C'), Uint8Array.of(FS)));
    expect(frames(d.end())).toEqual(['C']);
    d.push(concat(Uint8Array.of(VT), enc('D')));
    expect(issues(d.end())).toEqual(['unterminated']);
  });

  it('gives the same frames whatever the read sizes (fast-check)', () => {
    const stream = concat(encodeMllp(enc('MSH|a|Ж')), enc('\r\n'), encodeMllp(enc('MSH|b')), encodeMllp(enc('MSH|c|€')));
    const whole = frames(new MllpDeframer().push(stream));
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 12 }), { minLength: 1, maxLength: 10 }), (sizes) => {
        expect(frames(pushInChunks(new MllpDeframer(), stream, sizes))).toEqual(whole);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws and never yields more bytes than it was given (fast-check)', () => {
    const framingHeavy = fc.uint8Array({ maxLength: 400 }).map((a) => a.map((b) => (b % 7 === 0 ? VT : b % 11 === 0 ? FS : b % 13 === 0 ? CR : b)));
    fc.assert(
      fc.property(fc.oneof(fc.uint8Array({ maxLength: 400 }), framingHeavy), fc.integer({ min: 1, max: 50 }), (input, chunk) => {
        const d = new MllpDeframer(64);
        const events = [...pushInChunks(d, input, [chunk]), ...d.end()];
        const total = events.reduce((n, e) => n + (e.kind === 'frame' ? e.payload.length : 0), 0);
        expect(total).toBeLessThanOrEqual(input.length);
      }),
      { numRuns: 300 },
    );
  });
});
