// The S/5 simulator in-process: a host on the other end of a transport pair requests records and decodes them.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ScenarioSample } from '../scenarios';
import { createTransportPair } from '../transport/types';
import { createDeframer, decodeRecord, encodeDisplayRequest, recordToObservations, type FrameResult, type GeRecord } from './codec';
import { NIBP_LABEL } from './layout';
import { GeS5Simulator, type GeS5SimulatorOptions, type WireFault } from './simulator';
import { concatBytes, valuesOf } from './test-support';

const START = Date.UTC(2025, 0, 1, 8, 0, 0);

interface Sent {
  nbr: number;
  sample: ScenarioSample;
  time: number;
  fault: WireFault | null;
}

function harness(options: Partial<GeS5SimulatorOptions> = {}) {
  const [host, monitor] = createTransportPair();
  const sent: Sent[] = [];
  const sim = new GeS5Simulator(monitor, {
    scenario: 'icu-stable',
    onRecordSent: (nbr, sample, time, fault) => sent.push({ nbr, sample, time, fault }),
    ...options,
  });
  const deframer = createDeframer();
  const frames: FrameResult[] = [];
  const wire: Uint8Array[] = [];
  host.onData((chunk) => {
    wire.push(chunk);
    frames.push(...deframer.push(chunk));
  });
  const send = async (bytes: Uint8Array): Promise<void> => {
    await host.write(bytes);
    await vi.advanceTimersByTimeAsync(0);
  };
  const request = (intervalSeconds: number): Promise<void> => send(encodeDisplayRequest({ intervalSeconds }));
  const kinds = (): string[] => frames.map((f) => (f.ok ? 'ok' : f.issue.kind));
  const records = (): GeRecord[] =>
    frames.flatMap((f) => {
      const d = f.ok ? decodeRecord(f.record) : null;
      return d?.ok ? [d.value] : [];
    });
  return { sim, sent, frames, wire, send, request, kinds, records };
}

const advance = (ms: number) => vi.advanceTimersByTimeAsync(ms);

beforeEach(() => {
  vi.useFakeTimers({ now: START });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('GeS5Simulator streaming', () => {
  it('sends one record per requested interval, decoding to the scenario values it reports', async () => {
    const h = harness({ clockOffsetMs: -3_600_000 });
    await h.request(5);
    await advance(15_000);
    expect(h.kinds()).toEqual(['ok', 'ok', 'ok', 'ok']);
    const records = h.records();
    expect(records.map((r) => r.rNbr)).toEqual([0, 1, 2, 3]);
    expect(records.map((r) => r.rTime)).toEqual([0, 5, 10, 15].map((s) => (START - 3_600_000) / 1000 + s));
    for (const [i, r] of records.entries()) {
      const sent = h.sent[i]!;
      expect(sent.time).toBe(r.rTime * 1000);
      expect(valuesOf(recordToObservations(r, { device: 'sim' }))).toEqual(sent.sample.values);
    }
    expect(h.sim.recordsSent).toBe(4);
    h.sim.stop();
  });

  it('a stop request (tx_ival 0) stops the stream', async () => {
    const h = harness();
    await h.request(5);
    await advance(5_000);
    await h.request(0);
    await advance(30_000);
    expect(h.sim.recordsSent).toBe(2);
    expect(h.sim.streaming).toBe(false);
  });

  it('ignores a second request within 5 s of the first', async () => {
    const h = harness();
    await h.request(5);
    await advance(1_000);
    await h.request(0);
    await advance(9_000);
    expect(h.sim.requestsIgnored).toBe(1);
    expect(h.sim.recordsSent).toBe(3);
    h.sim.stop();
  });

  it('tx_ival -1 sends exactly one record', async () => {
    const h = harness();
    await h.request(-1);
    await advance(60_000);
    expect(h.kinds()).toEqual(['ok']);
  });

  it('ignores tx_ival below 5 s, unless the test override interval is set', async () => {
    const strict = harness();
    await strict.request(2);
    await advance(10_000);
    expect(strict.sim.recordsSent).toBe(0);
    expect(strict.sim.requestsIgnored).toBe(1);

    const quick = harness({ intervalSeconds: 0.1 });
    await quick.request(1);
    await advance(1_000);
    expect(quick.sim.recordsSent).toBe(11);
    await quick.request(0); // no 5-s guard with the override
    expect(quick.sim.streaming).toBe(false);
  });

  it('accepts a request split across chunks', async () => {
    const h = harness();
    const req = encodeDisplayRequest({ intervalSeconds: 5 });
    await h.send(req.subarray(0, 20));
    await h.send(req.subarray(20));
    expect(h.sim.recordsSent).toBe(1);
    h.sim.stop();
  });

  it('wraps r_nbr after 255 and writes "7E 7E" between frames', async () => {
    const h = harness({ firstNbr: 254 });
    await h.request(5);
    await advance(10_000);
    expect(h.records().map((r) => r.rNbr)).toEqual([254, 255, 0]);
    const bytes = concatBytes(...h.wire);
    expect(bytes[0]).toBe(0x7e);
    expect(bytes.at(-1)).toBe(0x7e);
    h.sim.stop();
  });

  it('marks NIBP older than 60 s between cuff cycles', async () => {
    const h = harness({ scenarioOptions: { nibpIntervalMs: 120_000 } });
    await h.request(5);
    await advance(65_000);
    const labels = h.records().map((r) => (r.phdb[0]?.basic?.nibp.label ?? 0) & NIBP_LABEL.olderThan60s);
    expect(labels[0]).toBe(0);
    expect(labels.at(-1)).toBe(NIBP_LABEL.olderThan60s);
    h.sim.stop();
  });

  it('stop() clears its timers and stops listening', async () => {
    const h = harness();
    await h.request(5);
    h.sim.stop();
    expect(vi.getTimerCount()).toBe(0);
    await advance(10_000);
    await h.request(5);
    expect(h.sim.recordsSent).toBe(1);
  });
});

describe('GeS5Simulator fault injection', () => {
  it('badChecksumEvery: those records fail the checksum, the others decode', async () => {
    const h = harness({ faults: { badChecksumEvery: 2 } });
    await h.request(5);
    await advance(15_000);
    expect(h.kinds()).toEqual(['ok', 'checksum', 'ok', 'checksum']);
    expect(h.sent.map((s) => s.fault)).toEqual([null, 'badChecksum', null, 'badChecksum']);
    expect(h.records().map((r) => r.rNbr)).toEqual([0, 2]);
    h.sim.stop();
  });

  it('injectNext: a truncated frame is reported as truncated and the next record still decodes', async () => {
    const h = harness();
    await h.request(5);
    h.sim.injectNext('truncate');
    await advance(10_000);
    expect(h.kinds()).toEqual(['ok', 'truncated', 'ok']);
    expect(h.records().map((r) => r.rNbr)).toEqual([0, 2]);
    h.sim.injectNext('badChecksum');
    await advance(10_000);
    expect(h.kinds().slice(3)).toEqual(['checksum', 'ok']);
    h.sim.stop();
  });

  it('escapeInData puts 0x7E and 0x7D into the record; the host unescapes them', async () => {
    const h = harness({ faults: { escapeInData: true } });
    await h.request(5);
    const bytes = concatBytes(...h.wire);
    const pairs = (second: number) => bytes.some((b, i) => b === 0x7d && bytes[i + 1] === second);
    expect(pairs(0x5e) && pairs(0x5d)).toBe(true);
    const values = valuesOf(recordToObservations(h.records()[0]!, { device: 'sim' }));
    expect([values.hr, values.pr, values.temp]).toEqual([126, 125, 37.1]);
    h.sim.stop();
  });

  it('silence sends nothing while r_nbr keeps counting, like a pulled cable', async () => {
    const h = harness();
    await h.request(5);
    h.sim.setFaults({ silence: true });
    await advance(10_000);
    expect(h.sim.recordsSent).toBe(1);
    h.sim.setFaults({ silence: false });
    await advance(5_000);
    expect(h.records().map((r) => r.rNbr)).toEqual([0, 3]);
    h.sim.stop();
  });

  it('reboot resets r_nbr and forgets the host until it requests again', async () => {
    const h = harness();
    await h.request(5);
    await advance(5_000);
    h.sim.reboot();
    await advance(20_000);
    expect(h.sim.recordsSent).toBe(2);
    await h.request(5);
    expect(h.records().map((r) => r.rNbr)).toEqual([0, 1, 0]);
    h.sim.stop();
  });

  it('a clock jump shows in r_time', async () => {
    const h = harness();
    await h.request(5);
    h.sim.setClockOffset(3_600_000);
    await advance(5_000);
    expect(h.records().map((r) => r.rTime - START / 1000)).toEqual([0, 3605]);
    h.sim.stop();
  });
});
