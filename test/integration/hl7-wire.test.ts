// The MLLP wire matrix of ../shared/docs/hl7.md 4.3 (S1–S8) plus oversize, idle timeout and the allow-list,
// over real TCP on loopback against the station's listener: every valid message is handled exactly once, with
// its text intact, and gets exactly one ACK naming its MSH-10; garbage never costs a neighbour.
import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Station } from '../../electron/station/station';
import type { Hl7ListenConfig } from '../../electron/station/hl7/station';
import { admitPatient } from '../../electron/station/hl7/test-support';
import { MllpClient } from '../../drivers/hl7/transport';
import { CR, FS, VT, encodeMllp } from '../../drivers/hl7/mllp';
import { pcd01 } from '../../drivers/hl7/test-support';
import { eventually } from '../helpers/cli';

const MRN = 'MRN-0042';
const enc = (s: string) => new TextEncoder().encode(s);
const concat = (...parts: Uint8Array[]) => Uint8Array.from(parts.flatMap((p) => [...p]));
/** A PCD-01 message with a Cyrillic PID-5 (multi-byte UTF-8), its own MSH-10. */
const message = (ctrl: string) => enc(pcd01(ctrl, MRN));
const GARBAGE = encodeMllp(enc('\u0001\u0002 this is not HL7 at all \uFFFD'));

interface Rig {
  station: Station;
  port: number;
  logs: string[];
}

const rigs: Rig[] = [];
const clients: MllpClient[] = [];
afterEach(async () => {
  for (const c of clients.splice(0)) await c.close();
  for (const r of rigs.splice(0)) await r.station.stop();
});

async function rig(config: Hl7ListenConfig = {}): Promise<Rig> {
  const logs: string[] = [];
  const station = new Station({ dbFile: join(mkdtempSync(join(tmpdir(), 'vigil-wire-')), 'station.db'), log: (l) => logs.push(l) });
  admitPatient(station.db, MRN);
  const address = await station.hl7.listen({ host: '127.0.0.1', port: 0, ...config });
  const r = { station, port: address.port, logs };
  rigs.push(r);
  return r;
}

async function connect(r: Rig): Promise<MllpClient> {
  const c = await MllpClient.connect('127.0.0.1', r.port);
  clients.push(c);
  return c;
}

const msa = (frame: Uint8Array) => new TextDecoder().decode(frame).split('\r').find((s) => s.startsWith('MSA'))!.split('|');

/** Waits for `n` ACKs, then a little longer to be sure no extra one follows. */
async function acks(c: MllpClient, n: number): Promise<string[][]> {
  await c.waitForFrames(n);
  await new Promise((r) => setTimeout(r, 150));
  expect(c.frames).toHaveLength(n);
  return c.frames.map(msa);
}

/** Each control id was archived exactly once with exactly the bytes sent, and stored. */
function handledOnce(r: Rig, ...ctrls: string[]): void {
  for (const ctrl of ctrls) {
    const rows = r.station.db.prepare('SELECT raw, outcome FROM hl7_messages WHERE control_id = ?').all(ctrl) as { raw: Buffer; outcome: string }[];
    expect(rows.map((x) => x.outcome)).toEqual(['accepted']);
    expect(new Uint8Array(rows[0]!.raw)).toEqual(message(ctrl));
  }
  // Same OBX-14 and device in every test message: the value is one stored observation however often it came.
  expect(r.station.observations.count('hr')).toBe(1);
}

describe('MLLP wire matrix (hl7.md 4.3) over TCP on loopback', () => {
  it('S1 one frame in one write', async () => {
    const r = await rig();
    const c = await connect(r);
    await c.send(message('S1'));
    expect(await acks(c, 1)).toEqual([['MSA', 'AA', 'S1', expect.stringMatching(/stored 1 vitals/)]]);
    handledOnce(r, 'S1');
  });

  it('S2 one frame in three writes, cut inside a multi-byte character', async () => {
    const r = await rig();
    const c = await connect(r);
    const frame = encodeMllp(message('S2'));
    const cyrillic = frame.indexOf(0xd0); // first byte of a two-byte UTF-8 letter of the name
    expect(cyrillic).toBeGreaterThan(0);
    await c.writeRaw(frame.subarray(0, cyrillic + 1));
    await new Promise((res) => setTimeout(res, 30));
    await c.writeRaw(frame.subarray(cyrillic + 1, frame.length - 20));
    await new Promise((res) => setTimeout(res, 30));
    await c.writeRaw(frame.subarray(frame.length - 20));
    expect((await acks(c, 1))[0]!.slice(1, 3)).toEqual(['AA', 'S2']);
    handledOnce(r, 'S2');
  });

  it('S3 two frames in one write', async () => {
    const r = await rig();
    const c = await connect(r);
    await c.writeRaw(concat(encodeMllp(message('S3a')), encodeMllp(message('S3b'))));
    expect((await acks(c, 2)).map((m) => m.slice(1, 3))).toEqual([
      ['AA', 'S3a'],
      ['AA', 'S3b'],
    ]);
    handledOnce(r, 'S3a', 'S3b');
  });

  it('S4 a frame with a stray LF after FS CR, then the next frame', async () => {
    const r = await rig();
    const c = await connect(r);
    await c.writeRaw(concat(encodeMllp(message('S4a')), enc('\n')));
    await c.writeRaw(encodeMllp(message('S4b')));
    expect((await acks(c, 2)).map((m) => m[2])).toEqual(['S4a', 'S4b']);
    handledOnce(r, 'S4a', 'S4b');
  });

  it('S5 a garbage frame, then a valid one in a separate write', async () => {
    const r = await rig();
    const c = await connect(r);
    await c.writeRaw(GARBAGE);
    await c.writeRaw(encodeMllp(message('S5')));
    expect((await acks(c, 2)).map((m) => m.slice(1, 3))).toEqual([
      ['AR', ''],
      ['AA', 'S5'],
    ]);
    handledOnce(r, 'S5');
  });

  it('S6 FS and CR in different writes, then the next frame', async () => {
    const r = await rig();
    const c = await connect(r);
    const frame = encodeMllp(message('S6a'));
    await c.writeRaw(frame.subarray(0, frame.length - 1));
    await new Promise((res) => setTimeout(res, 30));
    await c.writeRaw(Uint8Array.of(CR));
    await c.writeRaw(encodeMllp(message('S6b')));
    expect((await acks(c, 2)).map((m) => m[2])).toEqual(['S6a', 'S6b']);
    handledOnce(r, 'S6a', 'S6b');
  });

  it('S7 garbage frame and valid frame in one write', async () => {
    const r = await rig();
    const c = await connect(r);
    await c.writeRaw(concat(GARBAGE, encodeMllp(message('S7'))));
    expect((await acks(c, 2)).map((m) => m.slice(1, 3))).toEqual([
      ['AR', ''],
      ['AA', 'S7'],
    ]);
    handledOnce(r, 'S7');
  });

  it('S8 valid + junk + valid in one write (junk bytes and a junk frame)', async () => {
    const r = await rig();
    const c = await connect(r);
    await c.writeRaw(concat(encodeMllp(message('S8a')), enc('junk\x00\xff'), GARBAGE, encodeMllp(message('S8b'))));
    expect((await acks(c, 3)).map((m) => m.slice(1, 3))).toEqual([
      ['AA', 'S8a'],
      ['AR', ''],
      ['AA', 'S8b'],
    ]);
    handledOnce(r, 'S8a', 'S8b');
    expect(r.logs.some((l) => /stray bytes/.test(l))).toBe(true);
  });
});

describe('listener limits', () => {
  it('drops an oversize frame (archived, not acknowledged) and serves the next frame', async () => {
    const r = await rig({ maxFrameBytes: 4096 });
    const c = await connect(r);
    const huge = encodeMllp(enc(`MSH|^~\\&|BIG|X|||1||ORU^R01|BIG|P|2.6\r${'OBX|1|ST|x||'.padEnd(10_000, 'y')}\r`));
    await c.writeRaw(concat(huge, encodeMllp(message('AFTER-BIG'))));
    expect((await acks(c, 1))[0]!.slice(1, 3)).toEqual(['AA', 'AFTER-BIG']);
    expect(r.station.hl7.archive.list({ limit: 5, outcome: 'rejected' })[0]).toMatchObject({ reason: expect.stringMatching(/larger than 4096 bytes/), bytes: 1024 });
  });

  it('caps a frame that never ends, then resyncs at the next start block', async () => {
    const r = await rig({ maxFrameBytes: 4096 });
    const c = await connect(r);
    await c.writeRaw(Uint8Array.of(VT));
    for (let i = 0; i < 10; i++) await c.writeRaw(new Uint8Array(1000).fill(0x41));
    await c.send(message('RESYNC'));
    expect((await acks(c, 1))[0]![2]).toBe('RESYNC');
  });

  it('closes an idle half-open connection and keeps serving new ones', async () => {
    const r = await rig({ idleTimeoutMs: 300 });
    const idle = await connect(r);
    await idle.writeRaw(concat(Uint8Array.of(VT), enc('MSH|^~\\&|HALF')));
    await eventually(() => expect(idle.closed).toBe(true), 5000, 50);
    expect(r.logs.some((l) => /closed an idle connection/.test(l))).toBe(true);
    const c = await connect(r);
    await c.send(message('AFTER-IDLE'));
    expect((await acks(c, 1))[0]![2]).toBe('AFTER-IDLE');
  });

  it('refuses a sender that is not on the allow-list, without reading a byte', async () => {
    const r = await rig({ allow: ['10.20.30.40'] });
    const c = await connect(r);
    await c.send(message('NOT-ALLOWED')).catch(() => undefined);
    await eventually(() => expect(c.closed).toBe(true), 5000, 50);
    expect(c.frames).toHaveLength(0);
    expect(r.station.hl7.archive.count()).toBe(0);
    expect(r.logs.some((l) => /refused a connection from 127\.0\.0\.1/.test(l))).toBe(true);
  });

  it('keeps the ACKs of interleaved connections apart and in order', async () => {
    const r = await rig();
    const [a, b] = [await connect(r), await connect(r)];
    const fa = encodeMllp(message('A1'));
    await a.writeRaw(fa.subarray(0, 40));
    await b.writeRaw(concat(encodeMllp(message('B1')), encodeMllp(message('B2'))));
    await a.writeRaw(concat(fa.subarray(40), encodeMllp(message('A2'))));
    expect((await acks(a, 2)).map((m) => m[2])).toEqual(['A1', 'A2']);
    expect((await acks(b, 2)).map((m) => m[2])).toEqual(['B1', 'B2']);
  });

  it('handles FS without CR at the end of a connection that closes', async () => {
    const r = await rig();
    const c = await connect(r);
    await c.writeRaw(concat(Uint8Array.of(VT), message('NO-CR'), Uint8Array.of(FS)));
    await c.close();
    await eventually(() => expect(r.station.hl7.archive.list({ limit: 1 })[0]?.controlId).toBe('NO-CR'), 5000, 50);
  });
});
