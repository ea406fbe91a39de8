// The archive's bounds: refused messages that stored nothing are pruned by count and age (nothing else is), and
// messages a stopped station left pending are resolved when it starts again.
import { afterEach, describe, expect, it } from 'vitest';
import { Station } from '../station';
import { createHl7TestStation, type Hl7TestStation } from './test-support';
import { STOPPED_BEFORE_HANDLED, type MessageOutcome } from './archive';
import { DAY_MS } from '../../../shared/time';

let t: Hl7TestStation;
afterEach(async () => {
  await t?.close();
});

function archived(receivedAt: number, outcome: MessageOutcome['outcome'] | 'pending', extra: Partial<MessageOutcome> = {}): number {
  const archive = t.station.hl7.archive;
  const id = archive.receive({ receivedAt, listener: '127.0.0.1:2575', peer: '127.0.0.1:40000', raw: new TextEncoder().encode('MSH|x'), charset: null, charsetNote: null, sender: null, controlId: `C-${receivedAt}`, messageType: null, patientId: null });
  if (outcome !== 'pending') archive.finish(id, { outcome, reason: null, kind: null, acks: '', ...extra });
  return id;
}

const outcomes = () => (t.station.db.prepare('SELECT id, outcome FROM hl7_messages ORDER BY id').all() as { id: number; outcome: string }[]).map((r) => `${r.id}:${r.outcome}`);

describe('rejected-message retention', () => {
  it('keeps the newest refused messages up to the count, and every message that was accepted or stored something', () => {
    t = createHl7TestStation();
    const now = t.clock.now;
    archived(now - 5, 'rejected');
    archived(now - 4, 'accepted');
    archived(now - 3, 'error');
    archived(now - 2, 'error', { vitalsStored: 1 });
    archived(now - 1, 'rejected');
    archived(now, 'duplicate');
    expect(t.station.hl7.archive.pruneRejected(now, { keepLast: 1, maxAgeMs: 30 * DAY_MS }).pruned).toBe(2);
    expect(outcomes()).toEqual(['2:accepted', '4:error', '5:rejected', '6:duplicate']);
  });

  it('removes refused messages older than the age limit, however few', () => {
    t = createHl7TestStation();
    const now = t.clock.now;
    archived(now - 31 * DAY_MS, 'rejected');
    archived(now - 31 * DAY_MS, 'accepted');
    archived(now - 29 * DAY_MS, 'rejected');
    expect(t.station.hl7.archive.pruneRejected(now, { keepLast: 1000, maxAgeMs: 30 * DAY_MS }).pruned).toBe(1);
    expect(outcomes()).toEqual(['2:accepted', '3:rejected']);
  });

  it('a later prune reads only the rows after the watermark and still keeps exactly the newest', () => {
    t = createHl7TestStation();
    const now = t.clock.now;
    const retention = { keepLast: 2, maxAgeMs: 30 * DAY_MS };
    for (let i = 0; i < 5; i += 1) archived(now, 'rejected');
    const first = t.station.hl7.archive.pruneRejected(now, retention);
    expect(first).toEqual({ pruned: 3, watermark: 3 });
    for (let i = 0; i < 3; i += 1) archived(now, 'rejected');
    expect(t.station.hl7.archive.pruneRejected(now, retention, first.watermark)).toEqual({ pruned: 3, watermark: 6 });
    expect(outcomes()).toEqual(['7:rejected', '8:rejected']);
  });

  it('prunes at start-up with the configured retention, and says so in one line', async () => {
    t = createHl7TestStation();
    const now = t.clock.now;
    for (let i = 0; i < 5; i += 1) archived(now - 10 + i, 'rejected');
    await t.close();
    const lines: string[] = [];
    const station = new Station({ dbFile: t.dbFile, now: () => now, log: (l) => lines.push(l), backup: false, hl7RejectedRetention: { keepLast: 2, maxAgeMs: DAY_MS } });
    try {
      expect(station.hl7.archive.count('rejected')).toBe(2);
      expect(lines).toContain('vigil: hl7: pruned 3 refused archived messages that stored nothing (retention)');
    } finally {
      await station.stop();
    }
  });
});

describe('messages left pending by a stopped station', () => {
  it('are marked as errors at start-up, with the reason and no ACK', async () => {
    t = createHl7TestStation();
    const pending = archived(t.clock.now, 'pending');
    archived(t.clock.now, 'accepted');
    await t.close();
    t = createHl7TestStation({}, t.clock.now, t.dbFile);
    expect(t.station.hl7.archive.get(pending)).toMatchObject({ outcome: 'error', reason: STOPPED_BEFORE_HANDLED, acks: '' });
    expect(t.station.hl7.archive.count('pending')).toBe(0);
    expect(t.station.hl7.archive.count('accepted')).toBe(1);
  });
});
