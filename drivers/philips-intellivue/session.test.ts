// The session against the simulated monitor in-process (fake timers): handshake, values, demo, keep-alive,
// silence and re-association, refuse, abort, release on stop, relative-time wrap, reboot, lost port, bad frames.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ConnectionState } from '../../shared/device';
import type { Observation } from '../../shared/observation';
import type { DecodeIssue } from '../types';
import type { LinkListener } from '../transport/serial';
import { createTransportPair } from '../transport/types';
import { REL_TIME_WRAP } from './constants';
import { PhilipsIntelliVueSession, REASONS, type PhilipsSessionOptions } from './session';
import { PhilipsIntelliVueSimulator, type PhilipsSimulatorOptions, type SentResult } from './simulator';

const START = Date.UTC(2025, 0, 1, 8, 0, 0);
const advance = (ms: number) => vi.advanceTimersByTimeAsync(ms);

function harness(simOptions: Partial<PhilipsSimulatorOptions> = {}, sessionOptions: Partial<PhilipsSessionOptions> = {}) {
  const [station, monitor] = createTransportPair();
  let link: LinkListener | null = null;
  const sent: SentResult[] = [];
  const sim = new PhilipsIntelliVueSimulator(monitor, { scenario: 'icu-stable', zone: 0, onResultSent: (s) => sent.push(s), ...simOptions });
  const observations: Observation[] = [];
  const states: ConnectionState[] = [];
  const issues: DecodeIssue[] = [];
  const session = new PhilipsIntelliVueSession(
    { port: '/dev/monitor', device: 'bed-7', zone: 0, ...sessionOptions },
    { observations: (b) => observations.push(...b), connection: (s) => states.push(s), frameError: (i) => issues.push(i) },
    (listener) => {
      link = listener;
      return { start: () => queueMicrotask(() => listener.opened()), write: (b) => station.write(b), onData: (l) => station.onData(l), close: async () => {} };
    },
  );
  const values = (param: string) => observations.filter((o) => o.param === param);
  const lastState = () => session.connection;
  return { sim, sent, session, observations, states, issues, values, lastState, link: () => link! };
}

beforeEach(() => {
  vi.useFakeTimers({ now: START });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('PhilipsIntelliVueSession', () => {
  it('associates, polls, and stores exactly the values sent, with device times from the MDS clock', async () => {
    const h = harness({ clockOffsetMs: -7_200_000 });
    h.session.start();
    await advance(10_000);
    expect(h.states.map((s) => s.state).slice(0, 3)).toEqual(['connecting', 'waiting', 'receiving']);
    const hr = h.values('hr');
    expect(hr.map((o) => o.value)).toEqual(h.sent.map((s) => s.sample!.values.hr));
    hr.forEach((o, i) => {
      expect(Math.abs(o.deviceTime! - h.sent[i]!.wallMs)).toBeLessThan(1100);
      expect(o.time).toBeGreaterThanOrEqual(START);
    });
    expect(h.lastState()).toMatchObject({ state: 'receiving', demo: false });
    expect(h.sim.droppedInputFrames).toBe(0);
    // NBP repeats every second on the wire, but is stored once per cuff result.
    expect(h.values('nibp_sys')).toHaveLength(1);
    await h.session.stop();
    h.sim.stop();
  });

  it('shows demo mode loudly: demo in the reported state and on every value', async () => {
    const h = harness({ demo: true });
    h.session.start();
    await advance(4_000);
    expect(h.session.demo).toBe(true);
    expect(h.lastState()).toMatchObject({ state: 'receiving', demo: true });
    expect(h.observations.length).toBeGreaterThan(0);
    expect(h.observations.every((o) => o.status === 'demo')).toBe(true);
    await h.session.stop();
    h.sim.stop();
  });

  it('keeps the association alive when its own polls are far apart', async () => {
    const h = harness({}, { timings: { pollActivePeriodMs: 60_000, pollRenewMs: 45_000 } });
    h.session.start();
    await advance(120_000);
    expect(h.sim.associationTimeouts).toBe(0);
    expect(h.sim.associationsAccepted).toBe(1);
    expect(h.values('hr').length).toBeGreaterThan(110);
    await h.session.stop();
    h.sim.stop();
  });

  it('notices silence, says so, and re-associates when the monitor talks again', async () => {
    const h = harness();
    h.session.start();
    await advance(3_000);
    h.sim.setFaults({ silence: true });
    await advance(8_000);
    expect(h.lastState()).toMatchObject({ state: 'silent', reason: REASONS.silence });
    h.sim.setFaults({ silence: false });
    const back = Date.now();
    await advance(5_000);
    expect(h.lastState().state).toBe('receiving');
    expect(h.sim.associationsAccepted).toBeGreaterThanOrEqual(2);
    expect(h.values('hr').some((o) => o.time > back)).toBe(true);
    await h.session.stop();
    h.sim.stop();
  });

  it('reports a refused association in plain words and keeps trying', async () => {
    const h = harness({ refuseAssociation: true });
    h.session.start();
    await advance(5_000);
    expect(h.lastState()).toMatchObject({ state: 'error', reason: REASONS.refused });
    expect(h.observations).toEqual([]);
    await h.session.stop();
    h.sim.stop();
  });

  it('says when the port is open but nothing answers', async () => {
    const h = harness({ faults: { silence: true } });
    h.session.start();
    await advance(8_000);
    expect(h.lastState()).toMatchObject({ state: 'silent', reason: REASONS.noAnswer });
    await h.session.stop();
    h.sim.stop();
  });

  it('releases the association on stop', async () => {
    const h = harness();
    h.session.start();
    await advance(3_000);
    expect(h.sim.state).toBe('configured');
    const stopped = h.session.stop();
    await advance(200);
    await stopped;
    expect(h.sim.state).toBe('none');
    expect(h.sim.associationTimeouts).toBe(0);
    expect(h.lastState().state).toBe('stopped');
    h.sim.stop();
  });

  it('device time runs on through the relative-time wrap', async () => {
    const h = harness({ relTimeStart: REL_TIME_WRAP - 8 * 4000 });
    h.session.start();
    await advance(10_000);
    const hr = h.values('hr');
    expect(hr.length).toBeGreaterThan(7);
    // Strictly increasing, and on the monitor's wall clock before and after the wrap.
    expect(hr.slice(1).every((o, i) => o.deviceTime! > hr[i]!.deviceTime!)).toBe(true);
    hr.forEach((o, i) => expect(Math.abs(o.deviceTime! - h.sent[i]!.wallMs)).toBeLessThan(1100));
    expect(h.sent.some((s) => s.relTime < 8 * 2000)).toBe(true);
    await h.session.stop();
    h.sim.stop();
  });

  it('recovers from a monitor reboot: new association, relative time restarted, device time still right', async () => {
    const h = harness({ relTimeStart: 8 * 86_400_000 });
    h.session.start();
    await advance(4_000);
    h.sim.reboot();
    const rebootAt = Date.now();
    await advance(15_000);
    const after = h.values('hr').filter((o) => o.time > rebootAt);
    expect(after.length).toBeGreaterThan(3);
    expect(h.sim.associationsAccepted).toBe(2);
    for (const o of after) expect(Math.abs(o.deviceTime! - o.time)).toBeLessThan(1100);
    await h.session.stop();
    h.sim.stop();
  });

  it('reports a lost port in its words and starts over when it reopens', async () => {
    const h = harness();
    h.session.start();
    await advance(3_000);
    h.link().lost('The cable or adapter on /dev/monitor was disconnected.');
    expect(h.lastState()).toMatchObject({ state: 'error', reason: 'The cable or adapter on /dev/monitor was disconnected.' });
    h.link().opened();
    await advance(3_000);
    expect(h.lastState().state).toBe('receiving');
    await h.session.stop();
    h.sim.stop();
  });

  it('drops frames that fail their FCS or are cut off, and stores only the values of good ones', async () => {
    const h = harness({ faults: { badChecksumEvery: 3, truncateEvery: 5 } });
    h.session.start();
    await advance(12_000);
    const good = h.sent.filter((s) => s.fault === null);
    expect(h.issues.map((i) => i.kind)).toEqual(expect.arrayContaining(['checksum', 'truncated']));
    expect(h.values('hr').map((o) => o.value)).toEqual(good.map((s) => s.sample!.values.hr));
    await h.session.stop();
    h.sim.stop();
  });
});
