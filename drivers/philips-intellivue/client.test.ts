// The client state machine alone: no port, no timers, just messages in, PDUs and status out.
import { describe, expect, it } from 'vitest';
import { decodeMessage, type PhilipsMessage, type PollProfile } from './codec';
import { associationTimeoutMs, DataExportClient, type ClientStatus } from './client';

const GRANTED: PollProfile = { minPollPeriodTicks: 0x9c4, maxMtuRx: 996, maxMtuTx: 996, maxBwTx: 0xffffffff, options: 0x60000000, extOptions: 0x88000000 };
const accepted = (profile: PollProfile | null = GRANTED): PhilipsMessage => ({ kind: 'associationResult', userInfo: profile && { protocolVersion: 0, nomenclatureVersion: 0, functionalUnits: 0, systemType: 0, startupMode: 0, pollProfile: profile } });
const mdsCreate = (invokeId: number): PhilipsMessage => ({ kind: 'mdsCreate', invokeId, eventTime: 1234, attributes: [] });

function harness() {
  const sent: PhilipsMessage[] = [];
  const status: ClientStatus[] = [];
  const client = new DataExportClient({
    send: (u) => {
      const m = decodeMessage(u);
      if (!m.ok) throw new Error(m.issue.message);
      sent.push(m.value);
    },
    status: (s) => status.push(s),
  });
  const kinds = () => sent.map((m) => (m.kind === 'pollRequest' ? `poll:${m.objClass}:${m.activePeriodTicks === null ? 'single' : 'ext'}` : m.kind));
  return { client, sent, status, kinds };
}

describe('DataExportClient', () => {
  it('associates, answers the MDS Create with its invoke id, then polls numerics (extended) and the MDS clock', () => {
    const h = harness();
    h.client.start(0);
    h.client.receive(accepted(), 100);
    h.client.receive(mdsCreate(9), 200);
    h.client.receive(mdsCreate(9), 3200); // a resend: answered again, nothing else
    expect(h.kinds()).toEqual(['associationRequest', 'eventReportResult', 'poll:6:ext', 'poll:33:single', 'eventReportResult']);
    expect(h.sent.filter((m) => m.kind === 'eventReportResult').map((m) => m.kind === 'eventReportResult' && m.invokeId)).toEqual([9, 9]);
    expect(h.status.map((s) => s.kind)).toEqual(['associating', 'associated']);
  });

  it('falls back to single numerics polls every second when extended polls were not granted', () => {
    const h = harness();
    h.client.start(0);
    h.client.receive(accepted({ ...GRANTED, extOptions: null }), 10);
    h.client.receive(mdsCreate(1), 20);
    for (let t = 250; t <= 2500; t += 250) {
      h.client.receive({ kind: 'pollResult', objClass: 6 } as PhilipsMessage, t);
      h.client.tick(t);
    }
    expect(h.kinds().filter((k) => k.startsWith('poll:6'))).toEqual(['poll:6:single', 'poll:6:single', 'poll:6:single']);
  });

  it('retries the association every 2 s, and reports a refuse', () => {
    const h = harness();
    h.client.start(0);
    h.client.receive({ kind: 'refuse' }, 50);
    for (let t = 0; t <= 4100; t += 100) h.client.tick(t);
    expect(h.kinds()).toEqual(['associationRequest', 'associationRequest', 'associationRequest']);
    expect(h.status.map((s) => s.kind)).toContain('refused');
  });

  it('on silence aborts and associates again; on an abort from the monitor associates again', () => {
    const h = harness();
    h.client.start(0);
    h.client.receive(accepted(), 10);
    h.client.receive(mdsCreate(1), 20);
    h.client.tick(5100);
    expect(h.kinds().slice(-2)).toEqual(['abort', 'associationRequest']);
    h.client.receive(accepted(), 5200);
    h.client.receive(mdsCreate(2), 5300);
    h.client.receive({ kind: 'abort' }, 6000);
    expect(h.kinds().at(-1)).toBe('associationRequest');
    expect(h.status.filter((s) => s.kind === 'lost')).toEqual([
      { kind: 'lost', why: 'silence' },
      { kind: 'lost', why: 'abort' },
    ]);
  });

  it('sends a keep-alive before the monitor’s association timeout, and releases cleanly', () => {
    expect(associationTimeoutMs(GRANTED)).toBe(10_000);
    expect(associationTimeoutMs({ ...GRANTED, minPollPeriodTicks: 800_000 })).toBe(130_000);
    const h = harness();
    h.client.start(0);
    h.client.receive(accepted(), 10);
    h.client.receive(mdsCreate(1), 20);
    const before = h.sent.length;
    for (let t = 250; t <= 4000; t += 250) {
      h.client.receive({ kind: 'pollResult', objClass: 6 } as PhilipsMessage, t);
      h.client.tick(t);
    }
    expect(h.kinds().slice(before)).toEqual(['poll:54:single']);
    h.client.release(4100);
    h.client.receive({ kind: 'releaseResponse' }, 4150);
    expect(h.kinds().at(-1)).toBe('releaseRequest');
    expect(h.status.at(-1)).toEqual({ kind: 'released' });
    expect(h.client.phase).toBe('idle');
  });
});
