// Grading off the event loop: the timed and debounced gradings run in a worker thread on its own read-only
// connection, and what the station stores and shows is what an in-line grading of the same data gives.
import { afterEach, describe, expect, it } from 'vitest';
import { createTestStation, TEST_STATION_START, type TestStation } from '../helpers/station';
import { infusedPatient, MIN } from '../helpers/episode';
import { EntryRepository } from '../../electron/station/episode/entries';
import { EpisodeRepository } from '../../electron/station/episode/episodes';
import { gradeEpisode } from '../../electron/station/clinical/grade';
import { GradingThread } from '../../electron/station/clinical/gradingThread';
import { openDatabase } from '../../electron/station/db/open';
import { GradingRunner } from '../../electron/station/clinical/runner';
import { GradingStore } from '../../electron/station/clinical/store';

/** An hour of monitor fever and low blood pressure, one value a minute (grade 2 from monitor data alone). */
function feedFeverAndHypotension(t: TestStation): void {
  for (let time = t.now() - 60 * MIN; time < t.now(); time += MIN) {
    t.station.ingest([
      { param: 'temp', value: 39.4, unit: 'Cel', time, status: 'valid', source: 'serial', device: 'bed-monitor' },
      { param: 'nibp_sys', value: 78, unit: 'mm[Hg]', time, status: 'valid', source: 'serial', device: 'bed-monitor' },
    ]);
  }
}

async function until<T>(read: () => Promise<T | null>, timeoutMs = 60_000): Promise<T> {
  const end = performance.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (value !== null) return value;
    if (performance.now() > end) throw new Error('timed out waiting for the worker grading');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('grading in a worker thread', () => {
  let t: TestStation | null = null;
  afterEach(async () => t?.close());

  it('grades the same in the worker as in-line, on the same database', async () => {
    t = await createTestStation({ now: () => TEST_STATION_START, grading: { intervalMs: 3600_000, worker: false } });
    await infusedPatient(t, 3);
    feedFeverAndHypotension(t);
    const db = openDatabase(t.dbFile, { readonly: true });
    const thread = new GradingThread({ dbFile: t.dbFile });
    try {
      const episode = new EpisodeRepository(db).open()!;
      const gradable = { ...episode, infusionTime: episode.infusionTime! };
      const inWorker = await thread.grade(gradable, t.now(), {});
      expect(inWorker).toEqual(gradeEpisode(db, new EntryRepository(db), gradable, t.now(), {}));
      expect(inWorker.crs.current).toBe(2);
      // A fresh request (the bench's full re-grade) forgets the kept run and gives the same.
      expect(await thread.grade(gradable, t.now(), {}, { fresh: true })).toEqual(inWorker);
    } finally {
      await thread.stop();
      db.close();
    }
  });

  it('stores and shows the worker’s grading after documentation, as an in-line grading would', async () => {
    t = await createTestStation({ now: () => TEST_STATION_START, grading: { intervalMs: 3600_000, debounceMs: 10 } });
    await infusedPatient(t, 3);
    feedFeverAndHypotension(t);
    await t.as('nurse').call('events.record', { event: { kind: 'vasopressor', time: t.now() - 2 * MIN, drug: 'norepinephrine', action: 'start', dose: 0.05, doseUnit: 'ug/kg/min' } });
    const caller = t.as('anonymous');
    const shown = await until(async () => {
      const status = await caller.call('clinical.status', {});
      return status.suggested?.crs.current === 3 ? status.suggested : null;
    });
    expect(shown.crs.evidence.map((e) => e.text).join(' ')).toMatch(/norepinephrine/i);
    const stored = await caller.call('clinical.status', {});
    t.station.grading.runNow();
    expect((await caller.call('clinical.status', {})).suggested).toEqual(stored.suggested);
  });

  it('does not store a worker result over a newer in-line grading (the worker read the data before it changed)', async () => {
    t = await createTestStation({ now: () => TEST_STATION_START, grading: { intervalMs: 3600_000, worker: false } });
    await infusedPatient(t, 3);
    feedFeverAndHypotension(t);
    const real = new GradingThread({ dbFile: t.dbFile });
    // The real worker's answer, held back until the in-line grading below has stored the newer data.
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let computed: ReturnType<GradingThread['grade']> | null = null;
    let delivered: ReturnType<GradingThread['grade']> | null = null;
    const held = Object.assign(Object.create(real) as GradingThread, {
      grade: (...args: Parameters<GradingThread['grade']>) => {
        computed = real.grade(...args);
        return (delivered = computed.then((result) => gate.then(() => result)));
      },
    });
    const store = new GradingStore(t.station.db);
    const runner = new GradingRunner(
      { db: t.station.db, episodes: new EpisodeRepository(t.station.db), entries: new EntryRepository(t.station.db), store, now: t.now, changed: () => {}, log: () => {}, thread: held },
      { intervalMs: 3600_000, debounceMs: 0 },
    );
    try {
      runner.soon();
      await until(async () => (computed ? true : null));
      expect((await computed!).crs.current).toBe(2);
      await t.as('nurse').call('events.record', { event: { kind: 'vasopressor', time: t.now() - 2 * MIN, drug: 'norepinephrine', action: 'start', dose: 0.05, doseUnit: 'ug/kg/min' } });
      expect(runner.runNow()!.crs.current).toBe(3);
      release();
      await delivered;
      await new Promise((resolve) => setImmediate(resolve));
      const episodeId = new EpisodeRepository(t.station.db).open()!.id;
      expect(runner.latest(episodeId)!.crs.current).toBe(3);
      expect(store.latestResult(episodeId)!.result.crs.current).toBe(3);
    } finally {
      runner.stop();
      await real.stop();
    }
  });
});
