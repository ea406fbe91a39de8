// npm run bench: trend speed from rollups vs raw rows, ingest cost of rollups, storage per sample, and
// (where Chromium exists) the time from trend data received to painted. Figures, not pass/fail tests.
// Usage: npm run -s bench -- [--json] [--days 30]
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { openDatabase } from '../../electron/station/db/open';
import { ObservationRepository } from '../../electron/station/repositories/observations';
import { trendPoints } from '../../electron/station/trend';
import type { Observation } from '../../shared/observation';
import { PARAMS, type VitalParam } from '../../shared/params';
import { createScenario } from '../../drivers/scenarios';
import { measurePaint } from './paint';
import { measureReport } from './report';

const { values } = parseArgs({ options: { json: { type: 'boolean', default: false }, days: { type: 'string', default: '30' } } });
const days = Number(values.days);
const log = (line: string) => {
  if (!values.json) process.stderr.write(`${line}\n`);
};

const BENCH_PARAMS: VitalParam[] = ['hr', 'pr', 'spo2', 'rr', 'temp', 'nibp_sys', 'nibp_dia', 'nibp_mean'];
const TREND_PARAMS: VitalParam[] = ['hr', 'spo2', 'rr', 'temp', 'nibp_sys', 'nibp_dia'];
const BUCKETS = 1400;
const DAY_MS = 86_400_000;
const BATCH_SECONDS = 60;
const start = Date.UTC(2026, 10, 1);

/** One minute of 1 Hz samples for every bench param, values from the CRS scenario. */
function* minutes(totalDays: number): Generator<Observation[]> {
  const scenario = createScenario('crs-fever-hypotension', { durationMs: totalDays * DAY_MS });
  for (let m = 0; m < totalDays * 1440; m++) {
    const batch: Observation[] = [];
    for (let s = 0; s < BATCH_SECONDS; s++) {
      const elapsed = (m * 60 + s) * 1000;
      const sample = scenario.sample(elapsed).values;
      for (const param of BENCH_PARAMS) {
        const value = sample[param];
        batch.push({ param, value: value === null ? null : Math.round(value * 10) / 10, unit: PARAMS[param].unit, time: start + elapsed, status: value === null ? 'invalid' : 'valid', source: 'serial', device: 'bench' });
      }
    }
    yield batch;
  }
}

function time<T>(work: () => T): { ms: number; result: T } {
  const t0 = performance.now();
  const result = work();
  return { ms: performance.now() - t0, result };
}

/** Median of several runs: one cold run would measure the page cache, not the query. */
function median(runs: number, work: () => unknown): number {
  const times = Array.from({ length: runs }, () => time(work).ms).sort((a, b) => a - b);
  return times[Math.floor(runs / 2)]!;
}

const dir = mkdtempSync(join(tmpdir(), 'vigil-bench-'));
try {
  // 1. Ingest with rollups vs a plain batched insert of the same rows (one day, fresh files).
  const ingestDays = Math.min(1, days);
  const withRollups = openDatabase(join(dir, 'ingest-rollups.db'));
  const repo = new ObservationRepository(withRollups);
  let rows = 0;
  const rollupIngest = time(() => {
    for (const batch of minutes(ingestDays)) {
      repo.insert(batch);
      rows += batch.length;
    }
  });
  withRollups.close();
  const plain = openDatabase(join(dir, 'ingest-plain.db'));
  plain.prepare("INSERT INTO series (param, unit, source, device) VALUES ('x', 'x', 'x', 'x')").run();
  const plainInsert = plain.prepare('INSERT OR IGNORE INTO observations (series_id, t_ms, value, status) VALUES (?, ?, ?, ?)');
  const seriesOf = new Map(BENCH_PARAMS.map((p, i) => [p, i + 1]));
  for (let i = 2; i <= BENCH_PARAMS.length; i++) plain.prepare("INSERT INTO series (param, unit, source, device) VALUES (?, 'x', 'x', 'x')").run(`p${i}`);
  const plainIngest = time(() => {
    for (const batch of minutes(ingestDays)) plain.transaction(() => batch.forEach((o) => plainInsert.run(seriesOf.get(o.param), o.time, o.value, o.status === 'valid' ? 0 : 1)))();
  });
  plain.close();
  const ingestRatio = plainIngest.ms / rollupIngest.ms;
  log(`ingest: ${rows} rows, with rollups ${rollupIngest.ms.toFixed(0)} ms, plain ${plainIngest.ms.toFixed(0)} ms, ratio ${ingestRatio.toFixed(2)}`);

  // 2. The whole episode: `days` days of 1 Hz data for 8 params in one real file.
  const file = join(dir, 'episode.db');
  const db = openDatabase(file);
  const obs = new ObservationRepository(db);
  let stored = 0;
  const fill = time(() => {
    for (const batch of minutes(days)) {
      obs.insert(batch);
      stored += batch.length;
    }
  });
  db.pragma('wal_checkpoint(TRUNCATE)');
  log(`filled ${stored} rows in ${(fill.ms / 1000).toFixed(1)} s`);
  const end = start + days * DAY_MS;
  const ids = TREND_PARAMS.map((p) => obs.seriesIds(p));
  const episodeRequest = () => ids.map((s) => trendPoints(db, s, start, end, BUCKETS));
  const dayRequest = () => ids.map((s) => trendPoints(db, s, end - DAY_MS, end, BUCKETS));
  const trendEpisodeMs = median(5, episodeRequest);
  const trendDayMs = median(5, dayRequest);
  // The same request answered from raw rows: GROUP BY over every stored sample.
  const rawWidth = Math.ceil((end - start) / BUCKETS);
  const rawEpisodeMs = median(3, () => ids.map((s) => db.prepare(`SELECT CAST((t_ms - ?) / ? AS INTEGER) AS b, min(value), max(value) FROM observations WHERE series_id IN (${s.join(',')}) AND t_ms >= ? AND t_ms < ? AND status = 0 GROUP BY b`).all(start, rawWidth, start, end)));
  const points = episodeRequest().reduce((n, p) => n + p.points.length, 0);
  db.close();
  const bytesPerSample = statSync(file).size / stored;
  log(`trend: episode ${trendEpisodeMs.toFixed(1)} ms (${points} points), day ${trendDayMs.toFixed(1)} ms, raw episode ${rawEpisodeMs.toFixed(0)} ms; ${bytesPerSample.toFixed(1)} bytes/sample`);

  const paint = await measurePaint(days).catch((error: unknown) => {
    log(`paint: not measured (${error instanceof Error ? error.message : String(error)})`);
    return null;
  });

  const report = await measureReport().catch((error: unknown) => {
    log(`report: not measured (${error instanceof Error ? error.message : String(error)})`);
    return null;
  });

  const result = {
    machine: { cpus: (await import('node:os')).cpus().length, node: process.version },
    days,
    rows: stored,
    trend_episode_ms: round(trendEpisodeMs),
    trend_day_ms: round(trendDayMs),
    raw_episode_ms: round(rawEpisodeMs),
    rollup_speedup: round(rawEpisodeMs / trendEpisodeMs),
    ingest_ratio: round(ingestRatio),
    bytes_per_sample: round(bytesPerSample),
    paint_ms: paint === null ? null : paint.medianMs,
    paint_runs_ms: paint === null ? null : paint.runsMs,
    report_ms: report === null ? null : report.medianMs,
    report_runs_ms: report === null ? null : report.runsMs,
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
