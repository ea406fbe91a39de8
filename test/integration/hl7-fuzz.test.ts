// Fuzzing over real TCP (fast-check, bounded): mutated messages, garbage frames and cut-up byte streams never crash
// the listener, every complete frame is archived with a final outcome, and a valid message still gets AA afterwards.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Station } from '../../electron/station/station';
import { admitPatient } from '../../electron/station/hl7/test-support';
import { MllpClient } from '../../drivers/hl7/transport';
import { encodeMllp, VT, FS, CR } from '../../drivers/hl7/mllp';
import { pcd01 } from '../../drivers/hl7/test-support';

const MRN = 'MRN-0042';
const enc = (s: string) => new TextEncoder().encode(s);
let station: Station;
let port = 0;
let counter = 0;

beforeAll(async () => {
  station = new Station({ dbFile: join(mkdtempSync(join(tmpdir(), 'vigil-fuzz-')), 'station.db'), log: () => {} });
  admitPatient(station.db, MRN);
  port = (await station.hl7.listen({ host: '127.0.0.1', port: 0, maxFrameBytes: 8192 })).port;
});
afterAll(async () => {
  await station.stop();
});

const base = enc(pcd01('FUZZ', MRN, [
  'OBX|1|NM|150456^MDC_PULS_OXIM_SAT_O2^MDC|1.2.1.1|97|262688^MDC_DIM_PERCENT^MDC|||||R|||20260101120000+0000',
  'OBX|2|NM|150364^MDC_TEMP_BODY^MDC|1.4.1.1|101.2|[degF]^[degF]^UCUM|||||R|||20260101120000+0000',
]));
const mutated = fc
  .array(fc.tuple(fc.nat({ max: base.length - 1 }), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 16 })
  .map((mutations) => {
    const bytes = base.slice();
    for (const [at, b] of mutations) bytes[at] = b;
    return bytes;
  });
/** What a frame carries: a mutated message, random bytes, or bytes dense in MLLP control characters. */
const payload = fc.oneof(mutated, fc.uint8Array({ maxLength: 300 }), fc.uint8Array({ maxLength: 300 }).map((a) => a.map((b) => [VT, FS, CR, 0x7c, 0x5e][b % 5]!)));

async function stillServing(): Promise<void> {
  const ctrl = `ALIVE-${++counter}`;
  const c = await MllpClient.connect('127.0.0.1', port);
  try {
    await c.send(enc(pcd01(ctrl, MRN)));
    const [ack] = await c.waitForFrames(1, 5000);
    expect(new TextDecoder().decode(ack).split('\r')[1]).toMatch(new RegExp(`^MSA\\|AA\\|${ctrl}\\|`));
  } finally {
    await c.close();
  }
}

describe('the listener under fuzzed input', () => {
  it('never crashes and keeps serving (mutated frames, raw garbage, random cuts)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(payload, { minLength: 1, maxLength: 5 }), fc.array(fc.integer({ min: 1, max: 64 }), { minLength: 1, maxLength: 6 }), fc.boolean(), async (frames, cuts, framed) => {
        const before = station.hl7.archive.count();
        const c = await MllpClient.connect('127.0.0.1', port);
        const stream = Uint8Array.from(frames.flatMap((f) => [...(framed ? encodeMllp(f) : f)]));
        for (let at = 0, i = 0; at < stream.length; i++) {
          const size = cuts[i % cuts.length]!;
          await c.writeRaw(stream.subarray(at, at + size)).catch(() => undefined);
          at += size;
        }
        await c.close();
        await stillServing();
        expect(station.hl7.archive.count('pending')).toBe(0);
        expect(station.hl7.archive.count()).toBeGreaterThan(before);
      }),
      { numRuns: 100 },
    );
  });
});
