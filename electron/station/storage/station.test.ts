// The station through a storage failure, with an injected failing write (an SqliteError SQLITE_FULL) or a real one
// (max_page_count): the status says so, HL7 gets AE/CE, nothing is half-written, and storage resumes by itself.
import { afterEach, describe, expect, it, vi } from 'vitest';
import Database from 'better-sqlite3';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Observation } from '../../../shared/observation';
import type { StationStatus } from '../../../shared/api/methods/live';
import { Station } from '../station';
import { pcd01 } from '../../../drivers/hl7/test-support';
import { ackParts, admitPatient, createHl7TestStation, type Hl7TestStation } from '../hl7/test-support';
import { ObservationRepository } from '../repositories/observations';
import { cutShortByStorage } from '../hl7/archive';
import { openDatabase } from '../db/open';
import { UnstoredValues } from './buffer';
import { resumeStorage } from './resume';
import { createDispatcher, STORAGE_ERROR, type ApiHandlers } from '../api/dispatcher';

const MRN = 'MRN-0042';
const full = () => new Database.SqliteError('database or disk is full', 'SQLITE_FULL');
const hr = (time: number, value = 70, device = 'GE'): Observation => ({ param: 'hr', value, unit: '/min', time, status: 'valid', source: 'serial', device });
const tempDb = () => join(mkdtempSync(join(tmpdir(), 'vigil-storage-')), 'station.db');

let t: Hl7TestStation | null = null;
let station: Station | null = null;
afterEach(async () => {
  await t?.close();
  await station?.stop();
  t = station = null;
});

async function status(s: Station): Promise<StationStatus> {
  const reply = await s.dispatch('station.status', {});
  if (!reply.ok) throw new Error(reply.error.message);
  return reply.result as StationStatus;
}

describe('a storage failure in the station', () => {
  it('shows the problem, keeps monitor values in memory, and stores them with an audit entry when storage returns', async () => {
    const clock = { now: Date.UTC(2026, 10, 26, 8) };
    station = new Station({ dbFile: tempDb(), now: () => clock.now, log: () => {}, backup: false });
    const events: string[] = [];
    station.events.subscribe((m) => events.push(m.event === 'storage.changed' ? `storage ${(m.payload as { ok: boolean }).ok}` : m.event));
    station.acquire([hr(clock.now)]);
    const failing = vi.spyOn(station.observations, 'insert').mockImplementation(() => {
      throw full();
    });

    clock.now += 1_000;
    station.acquire([hr(clock.now, 71)]);
    const since = clock.now;
    clock.now += 1_000;
    station.acquire([hr(clock.now, 72)]);
    expect(failing).toHaveBeenCalledTimes(1); // while down, values wait for the retry instead of failing one by one
    expect((await status(station)).storage).toEqual({ ok: false, since, reason: 'the disk is full (SQLITE_FULL)' });
    expect(station.ingest([hr(clock.now, 73, 'manual')])).toBe(false);

    expect(station.storage.retry()).toBe(false);
    failing.mockRestore();
    clock.now += 1_000;
    expect(station.storage.retry()).toBe(true);
    expect((await status(station)).storage).toEqual({ ok: true });
    expect([...station.observations.export({ params: ['hr'] })].map((o) => o.value)).toEqual([70, 71, 72]);
    const [resumed] = station.audit.history('station');
    expect(resumed).toMatchObject({ action: 'storage_resumed', after: { problemSince: since, resumedAt: clock.now, valuesKept: 2, valuesLost: 0 } });
    expect(events).toEqual(['observations', 'storage false', 'observations', 'storage true']);
  });

  it('records values lost beyond the memory bound as a gap in every device\'s events', () => {
    station = new Station({ dbFile: tempDb(), now: () => 50_000, log: () => {}, backup: false });
    const observations = station.observations;
    const device = station.devices.upsert({ name: 'GE', protocol: 'ge-s5', port: '/dev/null' }, 0);
    const unstored = new UnstoredValues({ maxAgeMs: 60_000, maxPerSeries: 2, maxSeries: 4 });
    unstored.add([hr(10_000), hr(11_000), hr(12_000), hr(13_000)]);
    const summary = resumeStorage(
      {
        db: station.db, observations, devices: station.devices, audit: station.audit, unstored, dir: tmpdir(), now: () => 50_000, stored: () => {},
        liveDevices: () => [{ ...device, connection: { state: 'receiving', since: 0, lastDataAt: 13_000 } }],
      },
      { since: 9_000, reason: 'the disk is full (SQLITE_FULL)' },
    );
    expect(summary).toMatch(/2 monitor values .* stored; 2 from .* were lost/);
    expect(station.devices.events(device.id, 0, 100_000)).toEqual([
      { deviceId: device.id, time: 10_000, state: 'error', reason: expect.stringMatching(/storage problem: monitor values from .* were not stored \(the disk is full/) },
      { deviceId: device.id, time: 11_001, state: 'receiving', reason: null },
    ]);
    expect([...observations.export({ params: ['hr'] })].map((o) => o.time)).toEqual([12_000, 13_000]);
  });
});

describe('a device state change on a full disk', () => {
  it('is not fatal: the state is still published, the station turns to its storage problem, and the retry records it', async () => {
    const clock = { now: Date.UTC(2026, 10, 26, 8) };
    station = new Station({ dbFile: tempDb(), now: () => clock.now, log: () => {}, backup: false, devices: [{ protocol: 'ge-s5', port: '/nonexistent/ttyUSB9', name: 'GE' }] });
    const states: string[] = [];
    station.events.subscribe((m) => m.event === 'device.state' && states.push((m.payload as { connection: { state: string } }).connection.state));
    const failing = vi.spyOn(station.devices, 'recordState').mockImplementation(() => {
      throw full();
    });
    station.start();
    await vi.waitFor(() => expect(station!.storage.ok).toBe(false));
    expect(states.length).toBeGreaterThan(0);
    const [device] = station.deviceInfos();
    failing.mockRestore();
    expect(station.storage.retry()).toBe(true);
    expect(station.devices.events(device!.id, 0, Number.MAX_SAFE_INTEGER).at(-1)).toMatchObject({ state: device!.connection.state });
  });
});

describe('an API request whose write hits a full disk', () => {
  it('is answered "not saved" and reported to the storage state, not logged as an internal error', async () => {
    const lines: string[] = [];
    const reported: string[] = [];
    const handlers = { 'station.status': () => { throw full(); } } as unknown as ApiHandlers;
    const dispatch = createDispatcher(handlers, (l) => lines.push(l), (_error, method) => (reported.push(method), true));
    expect(await dispatch('station.status', {})).toEqual({ ok: false, error: STORAGE_ERROR });
    expect(reported).toEqual(['station.status']);
    expect(lines).toEqual([]);
  });
});

describe('HL7 while storage has a problem', () => {
  it('answers AE (CE in enhanced mode) with the reason for anything not stored, and AA again once storage is back', () => {
    t = createHl7TestStation();
    admitPatient(t.station.db, MRN);
    const failing = vi.spyOn(t.station.observations, 'insert').mockImplementation(() => {
      throw full();
    });
    const first = ackParts(t.feed(pcd01('S-1', MRN))[0]!);
    expect(first.msa.slice(0, 3)).toEqual(['MSA', 'AE', 'S-1']);
    expect(first.err![8]).toMatch(/storage has a problem \(the disk is full \(SQLITE_FULL\)\).*resend/);
    const archived = t.station.db.prepare('SELECT count(*) FROM hl7_messages').pluck().get();
    expect(ackParts(t.feed(pcd01('S-2', MRN))[0]!).msa[1]).toBe('AE');
    const enhanced = pcd01('S-3', MRN).replace('|P|2.6||||||', '|P|2.6|||AL|NE||');
    expect(t.feed(enhanced).map((a) => ackParts(a).msa[1])).toEqual(['CE']);
    // Refused before any write: no archive rows pile up on a full disk.
    expect(t.station.db.prepare('SELECT count(*) FROM hl7_messages').pluck().get()).toBe(archived);
    expect(t.station.db.prepare('SELECT count(*) FROM hl7_vitals').pluck().get()).toBe(0);

    failing.mockRestore();
    expect(t.station.storage.retry()).toBe(true);
    expect(ackParts(t.feed(pcd01('S-2', MRN))[0]!).msa[1]).toBe('AA');
    expect(t.station.observations.count()).toBe(1);
  });
});

describe('nothing half-written', () => {
  it('a batch that hits a full database (SQLITE_FULL) leaves no row, rollup or series behind, and the next batch is whole', () => {
    const db = openDatabase(tempDb());
    const repo = new ObservationRepository(db);
    repo.insert([hr(1_000)]);
    const counts = () => ['observations', 'series', 'rollup_1m'].map((table) => db.prepare(`SELECT count(*) FROM ${table}`).pluck().get());
    const before = counts();
    db.pragma(`max_page_count = ${db.pragma('page_count', { simple: true }) as number}`);
    const big: Observation[] = Array.from({ length: 5_000 }, (_, i) => ({ ...hr(2_000 + i * 1_000, 80), device: `monitor ${i % 50}` }));
    expect(() => repo.insert(big)).toThrow(expect.objectContaining({ code: 'SQLITE_FULL' }));
    expect(counts()).toEqual(before);

    db.pragma('max_page_count = 1073741823');
    expect(repo.insert(big)).toBe(5_000);
    expect(db.prepare('SELECT count(*) FROM observations o JOIN series s ON s.id = o.series_id').pluck().get()).toBe(5_001);
    db.close();
  });
});

describe('a batch that fails for another reason than storage', () => {
  it('is logged a few times a minute (escaped), not once per batch, and does not turn the station to a storage problem', async () => {
    const lines: string[] = [];
    station = new Station({ dbFile: tempDb(), log: (line) => lines.push(line), now: () => Date.UTC(2026, 10, 26, 8) });
    vi.spyOn(station.observations, 'insert').mockImplementation(() => {
      throw new Error('CHECK constraint failed\nvigil: forged line');
    });
    for (let i = 0; i < 20; i += 1) expect(station.ingest([hr(Date.UTC(2026, 10, 26, 8) + i * 1_000)])).toBe(false);
    const notStored = lines.filter((l) => l.startsWith('vigil: could not store'));
    expect(notStored).toHaveLength(5);
    expect(notStored[0]).toBe('vigil: could not store 1 observations: CHECK constraint failed\\u{a}vigil: forged line');
    expect((await status(station)).storage).toEqual({ ok: true });
  });
});

describe('an HL7 message cut short by the storage failure', () => {
  it('is archived pending while its outcome cannot be written, and marked an error with the storage reason when storage returns', () => {
    t = createHl7TestStation();
    admitPatient(t.station.db, MRN);
    const failingInsert = vi.spyOn(t.station.observations, 'insert').mockImplementation(() => {
      throw full();
    });
    const failingFinish = vi.spyOn(t.station.hl7.archive, 'finish').mockImplementation(() => {
      throw full();
    });
    expect(ackParts(t.feed(pcd01('CUT-1', MRN))[0]!).msa.slice(0, 3)).toEqual(['MSA', 'AE', 'CUT-1']);
    const outcome = () => t!.station.db.prepare("SELECT outcome, reason FROM hl7_messages WHERE control_id = 'CUT-1'").get() as { outcome: string; reason: string | null };
    expect(outcome().outcome).toBe('pending');

    failingInsert.mockRestore();
    failingFinish.mockRestore();
    expect(t.station.storage.retry()).toBe(true);
    expect(outcome()).toEqual({ outcome: 'error', reason: cutShortByStorage('the disk is full (SQLITE_FULL)') });
  });
});
