// Frame layer, requests and robustness of the GE S/5 codec.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createDeframer,
  decodeRecord,
  decodeRequest,
  encodeDisplayRecord,
  encodeDisplayRequest,
  encodeFrame,
  encodePhdbRequest,
  recordChecksum,
  recordToObservations,
  type FrameResult,
} from './codec';
import { GE_FIXTURE_DIR, geFixturesPresent, readGeFixture } from './test-fixtures';
import { concatBytes } from './test-support';

const bytes = (...b: number[]): Uint8Array => Uint8Array.from(b);
const records = (results: readonly FrameResult[]): Uint8Array[] => results.flatMap((r) => (r.ok ? [r.record] : []));
/** A cheap comparable form: deep-equal on thousands of Uint8Array elements is slow. */
const digest = (results: readonly FrameResult[]): string[] => results.map((r) => (r.ok ? Buffer.from(r.record).toString('hex') : `issue:${r.issue.kind}`));
const kinds = (results: readonly FrameResult[]): string[] => results.map((r) => (r.ok ? 'ok' : r.issue.kind));

/** A small valid record (r_len = its length) for frame-layer tests. */
function tinyRecord(...body: number[]): Uint8Array {
  const len = body.length + 2;
  return bytes(len & 0xff, len >> 8, ...body);
}

function indexOfBytes(haystack: Uint8Array, needle: Uint8Array): number {
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

/** Feed bytes in chunks of the given sizes (cycled), collecting every result. */
function pushInChunks(input: Uint8Array, sizes: readonly number[]): FrameResult[] {
  const deframer = createDeframer();
  const out: FrameResult[] = [];
  for (let at = 0, i = 0; at < input.length; i++) {
    const size = sizes.length > 0 ? sizes[i % sizes.length]! : input.length;
    out.push(...deframer.push(input.subarray(at, at + size)));
    at += size;
  }
  return out;
}

const simRecord = (nbr: number): Uint8Array =>
  encodeDisplayRecord({ nbr, time: 1_700_000_000 + nbr * 5, values: { hr: 126, pr: 125, spo2: 97, temp: 37.1, nibp_sys: 120, nibp_dia: 80, nibp_mean: 93 }, tempSite: 'core' });

describe('GE S/5 frame layer', () => {
  it('escapes 0x7E and 0x7D in the record and in the checksum', () => {
    expect(encodeFrame(bytes(0x7e, 0x7d, 0x01))).toEqual(bytes(0x7e, 0x7d, 0x5e, 0x7d, 0x5d, 0x01, 0xfc, 0x7e));
    expect(encodeFrame(bytes(0x7d))).toEqual(bytes(0x7e, 0x7d, 0x5d, 0x7d, 0x5d, 0x7e));
  });

  it('reads back frames separated by "7E 7E" without reporting the empty frame between them', () => {
    const a = tinyRecord(0x7e, 1);
    const b = tinyRecord(0x7d, 2, 3);
    expect(createDeframer().push(concatBytes(encodeFrame(a), encodeFrame(b)))).toEqual([
      { ok: true, record: a },
      { ok: true, record: b },
    ]);
  });

  it('handles a split between the escape byte and the escaped byte', () => {
    const rec = tinyRecord(0x7e, 0x7e);
    const frame = encodeFrame(rec);
    const cut = frame.indexOf(0x7d) + 1;
    const deframer = createDeframer();
    expect(deframer.push(frame.subarray(0, cut))).toEqual([]);
    expect(deframer.push(frame.subarray(cut))).toEqual([{ ok: true, record: rec }]);
  });

  it('reports garbage before the first flag once, then decodes', () => {
    const rec = tinyRecord(9);
    expect(kinds(createDeframer().push(concatBytes(bytes(1, 2, 3), encodeFrame(rec), encodeFrame(rec))))).toEqual(['malformed', 'ok', 'ok']);
  });

  it('drops a frame with an escaped ordinary byte (only 0x7E and 0x7D are ever escaped: it is corruption)', () => {
    // 7D 83 would read as 0xA3, and A3 A3 is a valid one-byte record and checksum: accepted before, invented data.
    expect(kinds(createDeframer().push(bytes(0x7e, 0x7d, 0x83, 0xa3, 0x7e)))).toEqual(['malformed']);
    // The stream goes on: the next frame is read, and genuine escapes (7D 5E, 7D 5D) still decode.
    const rec = tinyRecord(0x7e, 0x7d);
    expect(kinds(createDeframer().push(concatBytes(bytes(0x7e, 0x7d, 0x01, 0x02), encodeFrame(rec))))).toEqual(['malformed', 'ok']);
  });

  it('reports a dangling escape and a frame with no record as malformed', () => {
    expect(kinds(createDeframer().push(bytes(0x7e, 0x05, 0x00, 0x7d, 0x7e)))).toEqual(['malformed']);
    expect(kinds(createDeframer().push(bytes(0x7e, 0x00, 0x7e)))).toEqual(['malformed']);
  });

  it('drops an oversize frame and recovers at the next flag', () => {
    const deframer = createDeframer({ maxRecordBytes: 8 });
    const big = encodeFrame(tinyRecord(...new Array<number>(20).fill(1)));
    expect(kinds(deframer.push(concatBytes(big, encodeFrame(tinyRecord(4)))))).toEqual(['oversize', 'ok']);
  });

  it('reports a frame shorter than its r_len as truncated, then reads the next frame', () => {
    const whole = encodeFrame(simRecord(1));
    const results = createDeframer().push(concatBytes(whole.subarray(0, 600), whole));
    expect(kinds(results)).toEqual(['truncated', 'ok']);
  });

  it('reset() forgets a partial frame', () => {
    const deframer = createDeframer();
    deframer.push(bytes(0x7e, 1, 2, 3));
    deframer.reset();
    expect(kinds(deframer.push(encodeFrame(tinyRecord(5))))).toEqual(['ok']);
  });

  it('rejects a corrupted byte with a checksum issue and yields no observation', () => {
    const frame = encodeFrame(simRecord(3)).slice();
    const at = 700;
    expect([0x7d, 0x7e]).not.toContain(frame[at]);
    frame[at] = frame[at]! ^ 0x01;
    const results = createDeframer().push(concatBytes(frame, encodeFrame(simRecord(4))));
    expect(kinds(results)).toEqual(['checksum', 'ok']);
    const next = records(results)[0]!;
    const decoded = decodeRecord(next);
    expect(decoded.ok && decoded.value.rNbr).toBe(4);
  });
});

/** The [G1] hex blocks of GE-CI Appendix A, in file order. */
function g1Vectors(): Uint8Array[] {
  const text = readFileSync(path.join(GE_FIXTURE_DIR, 'request-and-record-vectors.txt'), 'utf8');
  const g1 = text.slice(text.indexOf('## [G1]'), text.indexOf('## [G2]'));
  const blocks: number[][] = [];
  let current: number[] = [];
  for (const line of g1.split('\n')) {
    if (/^[0-9a-f]{2}( [0-9a-f]{2})*\s*$/i.test(line.trim())) current.push(...line.trim().split(/\s+/).map((h) => Number.parseInt(h, 16)));
    else if (current.length > 0) {
      blocks.push(current);
      current = [];
    }
  }
  if (current.length > 0) blocks.push(current);
  return blocks.map((b) => Uint8Array.from(b));
}

describe.skipIf(!geFixturesPresent)('GE S/5 requests [G1] (GE-CI Appendix A)', () => {
  const vectors = geFixturesPresent ? g1Vectors() : [];
  const phdbCases = [
    { recordType: 1, intervalSeconds: 10, classes: 0x0e },
    { recordType: 1, intervalSeconds: 0, classes: 0 },
    { recordType: 3, intervalSeconds: 60, classes: 0x0e },
    { recordType: 3, intervalSeconds: 0, classes: 0 },
  ] as const;

  it('finds the six example frames', () => expect(vectors).toHaveLength(6));

  it('encodes DISPL every 10 s and stop byte for byte', () => {
    expect(encodeDisplayRequest({ intervalSeconds: 10 })).toEqual(vectors[0]);
    expect(encodeDisplayRequest({ intervalSeconds: 0, classes: 0 })).toEqual(vectors[1]);
  });

  it.each(phdbCases.map((c, i) => [i, c] as const))('encodes and decodes PHDB example %i', (i, c) => {
    expect(encodePhdbRequest(c)).toEqual(vectors[i]);
    const [frame] = createDeframer().push(vectors[i]!);
    if (!frame?.ok) throw new Error('example frame rejected');
    expect(decodeRequest(frame.record)).toEqual({ ok: true, value: { driLevel: 0, ...c } });
  });

  it('the 60 s trend request carries the escaped checksum 7D 5D', () => {
    expect(Array.from(encodePhdbRequest(phdbCases[2]).slice(-3))).toEqual([0x7d, 0x5d, 0x7e]);
  });

  it('deframes the waveform examples but does not take them for PHDB requests', () => {
    for (const v of vectors.slice(4)) {
      const [frame] = createDeframer().push(v);
      if (!frame?.ok) throw new Error('waveform example rejected');
      const req = decodeRequest(frame.record);
      expect(!req.ok && req.issue.kind).toBe('unsupported');
    }
  });
});

describe('GE S/5 codec robustness (fast-check)', () => {
  const stream = geFixturesPresent ? readGeFixture('vscapturewave_S5Rawoutput.raw') : concatBytes(...[1, 2, 3, 4].map((n) => encodeFrame(simRecord(n))));
  const whole = digest(createDeframer().push(stream));

  it('gives the same frames whatever the chunk sizes', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 1500 }), { minLength: 1, maxLength: 40 }), (sizes) => {
        expect(digest(pushInChunks(stream, sizes))).toEqual(whole);
      }),
      { numRuns: 200 },
    );
  });

  it('never throws on arbitrary bytes and only yields records that were framed with a valid checksum', () => {
    const flagHeavy = fc.uint8Array({ maxLength: 600 }).map((a) => a.map((b) => (b % 5 === 0 ? 0x7e : b % 7 === 0 ? 0x7d : b)));
    fc.assert(
      fc.property(fc.oneof(fc.uint8Array({ maxLength: 600 }), flagHeavy), (input) => {
        for (const r of records(createDeframer().push(input))) expect(indexOfBytes(input, encodeFrame(r))).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 300 },
    );
  });

  it('survives mutated real streams: no throw, no record from a failed frame, decoders never throw', () => {
    const mutation = fc.tuple(fc.nat({ max: stream.length - 1 }), fc.integer({ min: 0, max: 255 }));
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 8 }), fc.integer({ min: 1, max: 700 }), (mutations, chunk) => {
        const input = stream.slice();
        for (const [at, b] of mutations) input[at] = b;
        for (const r of records(pushInChunks(input, [chunk]))) {
          expect(indexOfBytes(input, encodeFrame(r))).toBeGreaterThanOrEqual(0);
          const decoded = decodeRecord(r);
          if (decoded.ok) recordToObservations(decoded.value, { device: 'fuzz' });
          decodeRequest(r);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('decodeRecord and decodeRequest never throw on records with a consistent r_len and random header', () => {
    const base = simRecord(7);
    const headerMutation = fc.tuple(fc.nat({ max: 39 }), fc.integer({ min: 0, max: 255 }));
    fc.assert(
      fc.property(fc.array(headerMutation, { maxLength: 12 }), fc.integer({ min: 0, max: base.length }), (mutations, length) => {
        const record = base.slice(0, length);
        for (const [at, b] of mutations) if (at < record.length) record[at] = b;
        if (length >= 2 && mutations.length % 2 === 0) new DataView(record.buffer).setInt16(0, length, true);
        const decoded = decodeRecord(record);
        if (decoded.ok) recordToObservations(decoded.value, { device: 'fuzz' });
        decodeRequest(record);
      }),
      { numRuns: 500 },
    );
  });

  it('checksum is the 8-bit sum of the unescaped record', () => {
    expect(recordChecksum(bytes(0xff, 0x02))).toBe(0x01);
  });
});
