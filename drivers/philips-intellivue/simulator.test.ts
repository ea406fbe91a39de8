// The simulated IntelliVue in-process: a host on the other end of a transport pair speaks raw Data Export to it.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createTransportPair } from '../transport/types';
import {
  ABORT,
  createDeframer,
  decodeMessage,
  encodeAssociationRequest,
  encodeFrame,
  encodeKeepAlive,
  encodeMdsCreateResult,
  encodePollRequest,
  mdsClock,
  mdsDemoMode,
  RELEASE_REQUEST,
  StreamInterpreter,
  utcToAbsoluteTime,
  type FrameResult,
  type PhilipsMessage,
  type PollResult,
} from './codec';
import { OBJ_CLASS, REL_TIME_WRAP } from './constants';
import { PhilipsIntelliVueSimulator, type PhilipsSimulatorOptions, type SentResult } from './simulator';
import { splitToMtu } from './sim-content';
import { bytesToHex, hasSharedFixtures, readPhilipsFile } from './test-support';

const START = Date.UTC(2025, 0, 1, 8, 0, 0);
const advance = (ms: number) => vi.advanceTimersByTimeAsync(ms);

function harness(options: Partial<PhilipsSimulatorOptions> = {}) {
  const [host, monitor] = createTransportPair();
  const sent: SentResult[] = [];
  const sim = new PhilipsIntelliVueSimulator(monitor, { scenario: 'icu-stable', zone: 0, onResultSent: (s) => sent.push(s), ...options });
  const deframer = createDeframer();
  const frames: FrameResult[] = [];
  const messages: PhilipsMessage[] = [];
  host.onData((chunk) => {
    for (const f of deframer.push(chunk)) {
      frames.push(f);
      const m = f.ok ? decodeMessage(f.userData) : null;
      if (m?.ok) messages.push(m.value);
    }
  });
  const send = async (...userData: Uint8Array[]): Promise<void> => {
    for (const u of userData) await host.write(encodeFrame(u));
    await advance(0);
  };
  const of = <K extends PhilipsMessage['kind']>(kind: K) => messages.filter((m) => m.kind === kind) as (PhilipsMessage & { kind: K })[];
  const numerics = () => of('pollResult').filter((m) => m.objClass === OBJ_CLASS.numeric);
  const associate = async (): Promise<void> => {
    await send(encodeAssociationRequest());
    const mds = of('mdsCreate').at(-1)!;
    await send(encodeMdsCreateResult(mds.invokeId, mds.eventTime));
  };
  const extPoll = (invokeId = 7, seconds = 30) => send(encodePollRequest({ invokeId, pollNumber: 3, objClass: OBJ_CLASS.numeric, activePeriodTicks: seconds * 8000 }));
  return { sim, sent, frames, messages, send, of, numerics, associate, extPoll };
}

beforeEach(() => {
  vi.useFakeTimers({ now: START });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('association and MDS Create', () => {
  it('answers the association request with the MP70 profile, then sends the MDS Create with its clock', async () => {
    const h = harness({ clockOffsetMs: -3_600_000, relTimeStart: 0x9fa6c000 });
    await h.send(encodeAssociationRequest());
    expect(h.of('associationResult')[0]!.userInfo!.pollProfile).toEqual({
      minPollPeriodTicks: 0x9c4,
      maxMtuRx: 996,
      maxMtuTx: 996,
      maxBwTx: 0xffffffff,
      options: 0x60000000,
      extOptions: 0x88000000,
    });
    const mds = h.of('mdsCreate')[0]!;
    expect(mdsClock(mds)).toEqual({ absolute: utcToAbsoluteTime(START - 3_600_000, 0), relative: 0x9fa6c000 });
    expect(mdsDemoMode(mds)).toBe(false);
    expect(h.sim.state).toBe('awaitingMdsResult');
    await h.send(encodeMdsCreateResult(mds.invokeId, mds.eventTime));
    expect(h.sim.state).toBe('configured');
    h.sim.stop();
  });

  it('resends an unanswered MDS Create every 3 s with the same invoke id, then aborts after the third', async () => {
    const h = harness();
    await h.send(encodeAssociationRequest());
    await advance(2_900);
    // The client stays quiet apart from keep-alives, so only the MDS Create logic acts.
    await h.send(encodeKeepAlive(1, 1));
    await advance(7_000);
    const creates = h.of('mdsCreate');
    expect(creates).toHaveLength(3);
    expect(new Set(creates.map((c) => c.invokeId)).size).toBe(1);
    expect(h.of('abort')).toHaveLength(1);
    expect(h.sim.state).toBe('none');
    h.sim.stop();
  });

  it('refuses when told to', async () => {
    const h = harness({ refuseAssociation: true });
    await h.send(encodeAssociationRequest());
    expect(h.messages.map((m) => m.kind)).toEqual(['refuse']);
    h.sim.stop();
  });

  it('releases on FN (DN back) and forgets the client on AB', async () => {
    const h = harness();
    await h.associate();
    await h.send(RELEASE_REQUEST);
    expect(h.of('releaseResponse')).toHaveLength(1);
    expect(h.sim.state).toBe('none');
    await h.associate();
    await advance(200); // the input limit would drop a sixth frame within 128 ms
    await h.send(ABORT);
    expect(h.sim.state).toBe('none');
    h.sim.stop();
  });

  it('aborts the association when the client goes silent for 3 x min_poll_period (at least 10 s)', async () => {
    const h = harness();
    await h.associate();
    await advance(9_500);
    expect(h.of('abort')).toHaveLength(0);
    await advance(1_000);
    expect(h.of('abort')).toHaveLength(1);
    expect(h.sim.associationTimeouts).toBe(1);
    h.sim.stop();
  });

  it('drops client frames beyond 5 per 128 ms', async () => {
    const h = harness();
    await h.associate();
    await advance(200);
    await h.send(...Array.from({ length: 8 }, (_, i) => encodeKeepAlive(i + 10, i + 10)));
    expect(h.sim.droppedInputFrames).toBe(3);
    expect(h.of('pollResult').filter((m) => m.objClass === OBJ_CLASS.alertMonitor)).toHaveLength(5);
    h.sim.stop();
  });
});

describe('polls', () => {
  it('answers an extended numerics poll at once and then every 1.024 s of monitor time until it expires', async () => {
    const h = harness({ relTimeStart: 1_000_000 });
    await h.associate();
    await h.extPoll(7, 5);
    await advance(8_000);
    const results = h.numerics();
    expect(results.length).toBeGreaterThanOrEqual(5);
    expect(results.length).toBeLessThanOrEqual(6);
    expect(results.map((r) => r.sequenceNo)).toEqual(results.map((_, i) => i));
    expect(results.every((r) => r.invokeId === 7 && r.pollNumber === 3 && r.action === 0xf13b)).toBe(true);
    const steps = results.slice(2).map((r, i) => r.relTime - results[i + 1]!.relTime);
    expect(new Set(steps)).toEqual(new Set([8192]));
    h.sim.stop();
  });

  it('answers a single MDS poll with the clock pair and a single numerics poll with one result', async () => {
    const h = harness({ clockOffsetMs: 5000 });
    await h.associate();
    await h.send(encodePollRequest({ invokeId: 2, pollNumber: 2, objClass: OBJ_CLASS.mds }), encodePollRequest({ invokeId: 3, pollNumber: 3, objClass: OBJ_CLASS.numeric }));
    const mds = h.of('pollResult').find((m) => m.objClass === OBJ_CLASS.mds)!;
    expect(mdsClock(mds)!.absolute).toEqual(utcToAbsoluteTime(START + 5000, 0));
    expect(h.numerics().map((r) => [r.invokeId, r.action, r.sequenceNo])).toEqual([[3, 0x0c16, null]]);
    h.sim.stop();
  });

  it('ignores polls outside an association', async () => {
    const h = harness();
    await h.extPoll();
    await advance(3000);
    expect(h.messages).toEqual([]);
    h.sim.stop();
  });
});

/** Observations the session would make of everything the host received, with device times. */
function interpret(messages: readonly PhilipsMessage[]) {
  const interpreter = new StreamInterpreter(0);
  return messages.flatMap((m) => interpreter.interpret(m, { device: 'sim' }) ?? []);
}

describe('synthetic values', () => {
  it('sends the scenario values, laid out like the MP70, with demo mode when asked', async () => {
    const h = harness({ demo: true });
    await h.associate();
    await h.extPoll();
    await advance(3_100);
    const results = interpret(h.messages);
    expect(results.length).toBe(h.sent.length);
    results.forEach((r, i) => {
      const v = h.sent[i]!.sample!.values;
      const value = (p: string) => r.observations.find((o) => o.param === p)?.value;
      expect([value('hr'), value('spo2'), value('pr'), value('rr'), value('temp'), value('abp_sys'), value('etco2')]).toEqual([v.hr, v.spo2, v.pr, v.rr, v.temp, v.abp_sys, v.etco2]);
      expect(r.observations.every((o) => o.status === 'demo')).toBe(true);
    });
    expect(mdsDemoMode(h.of('mdsCreate')[0]!)).toBe(true);
    h.sim.stop();
  });

  it('runs NBP cuff cycles: the last result, then measuring, an early systolic, and the new result with its time', async () => {
    const h = harness({ scenario: 'crs-fever-hypotension', scenarioOptions: { nibpIntervalMs: 60_000, durationMs: 120_000 }, associationTimeoutMs: 60_000 });
    await h.associate();
    for (let i = 0; i < 3; i++) {
      await h.extPoll(10 + i, 30);
      await advance(25_000);
    }
    const nbp = interpret(h.messages).map((r) => r.observations.filter((o) => o.param.startsWith('nibp_')).map((o) => `${o.param}:${o.status}`).join(' '));
    const phases = nbp.filter((p, i) => p !== nbp[i - 1]);
    expect(phases).toEqual([
      'nibp_sys:valid nibp_dia:valid nibp_mean:valid',
      'nibp_sys:not_updated nibp_dia:not_updated nibp_mean:not_updated',
      'nibp_sys:valid nibp_dia:not_updated nibp_mean:not_updated',
      'nibp_sys:valid nibp_dia:valid nibp_mean:valid',
    ]);
    h.sim.stop();
  });

  it('splits results larger than the MTU into linked fragments: first, middle ..., last', () => {
    const sizes = [300, 300, 300, 300, 300];
    const out = splitToMtu(sizes.length, 700, (from, to, linked) => new Uint8Array(sizes.slice(from, to).reduce((a, b) => a + b, 0) + (linked ? 2 : 0)));
    expect(out.map((m) => m.length)).toEqual([602, 602, 302]);
  });
});

describe('clock, reboot and faults', () => {
  it('wraps the relative time at 2^32 while the device time keeps going', async () => {
    const h = harness({ relTimeStart: REL_TIME_WRAP - 3 * 8192 - 100 });
    await h.associate();
    await h.extPoll();
    await advance(6_200);
    const rel = h.numerics().map((r) => r.relTime);
    expect(rel.some((t) => t < 100_000) && rel.some((t) => t > REL_TIME_WRAP - 100_000)).toBe(true);
    const times = interpret(h.messages).map((r) => r.deviceTime!);
    expect(times.slice(1).map((t, i) => t - times[i]!).every((d) => d >= 1000 && d <= 1050)).toBe(true);
    h.sim.stop();
  });

  it('a reboot forgets the client and restarts the relative clock; a new association starts from there', async () => {
    const h = harness({ relTimeStart: 0x80000000 });
    await h.associate();
    await h.extPoll();
    await advance(2_000);
    const before = h.numerics().length;
    h.sim.reboot();
    await advance(3_000);
    expect(h.numerics().length).toBe(before);
    await h.associate();
    expect(mdsClock(h.of('mdsCreate').at(-1)!)!.relative).toBeLessThan(100_000);
    h.sim.stop();
  });

  it('injects bad FCS and cut-off frames into results only, and escapes 0x7D / 0xC0 in values', async () => {
    const h = harness({ faults: { badChecksumEvery: 3, truncateEvery: 4, escapeInData: true } });
    await h.associate();
    await h.extPoll();
    await advance(8_500);
    const faults = h.sent.map((s) => s.fault);
    expect(faults.filter((f) => f === 'badChecksum').length).toBeGreaterThanOrEqual(2);
    expect(faults).toContain('truncate');
    expect(h.frames.filter((f) => !f.ok).map((f) => (f.ok ? '' : f.issue.kind)).sort()).toEqual(faults.filter((f) => f !== null).map((f) => (f === 'badChecksum' ? 'checksum' : 'truncated')).sort());
    const good = interpret(h.messages);
    expect(good.length).toBe(faults.filter((f) => f === null).length);
    expect(good.every((r) => r.observations.find((o) => o.param === 'hr')!.value === 125)).toBe(true);
    expect(good.every((r) => r.observations.find((o) => o.param === 'temp')!.value === 37.76)).toBe(true);
    h.sim.setFaults({ silence: true });
    const sentBefore = h.sim.recordsSent;
    await advance(3_000);
    expect(h.sim.recordsSent).toBe(sentBefore);
    h.sim.stop();
  });
});

describe.skipIf(!hasSharedFixtures)('replay', () => {
  it('streams the log numerics period by period with this run’s invoke id, poll number and times', async () => {
    const h = harness({ mode: 'replay', replayLog: readPhilipsFile('mp70_serial_demo_numerics_20140411.log'), relTimeStart: 5_000_000 });
    await h.associate();
    expect(mdsDemoMode(h.of('mdsCreate')[0]!)).toBe(true);
    await h.extPoll(42);
    await advance(2_100);
    const results: PollResult[] = h.numerics();
    expect(results.length).toBeGreaterThanOrEqual(9);
    expect(results.every((r) => r.invokeId === 42 && r.pollNumber === 3 && r.relTime >= 5_000_000 && bytesToHex(r.absTime) === 'ffffffffffffffff')).toBe(true);
    const first = interpret(h.messages).flatMap((r) => r.observations);
    expect(first.find((o) => o.param === 'hr')).toMatchObject({ value: 60, status: 'demo' });
    expect(first.find((o) => o.param === 'temp')).toMatchObject({ value: 37.02, site: 'blood', status: 'demo' });
    expect(first.find((o) => o.param === 'nibp_sys')).toMatchObject({ value: null, status: 'unavailable' });
    h.sim.stop();
  });
});
