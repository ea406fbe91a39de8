// npm run bench: trend speed from rollups vs raw rows, ingest cost of rollups (./ingest.ts), storage per sample, and
// (where Chromium exists) the time from trend data received to painted. Figures, not pass/fail tests.
// Usage: npm run -s bench -- [--json] [--days 30]
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { openDatabase } from '../../electron/station/db/open';
import { ObservationRepository } from '../../electron/station/repositories/observations';
import { trendPoints } from '../../electron/station/trend';
import type { VitalParam } from '../../shared/params';
import { BENCH_START, describeIngest, measureIngest, minutes, time } from './ingest';
import { DAY_MS } from '../../shared/time';
import { measurePaint } from './paint';
import { measureReport } from './report';
import { errorMessage } from '../../shared/errors';

const { values } = parseArgs({ options: { json: { type: 'boolean', default: false }, days: { type: 'string', default: '30' } } });
const days = Number(values.days);
const log = (line: string) => {
  if (!values.json) process.stderr.write(`${line}\n`);
};

const TREND_PARAMS: VitalParam[] = ['hr', 'spo2', 'rr', 'temp', 'nibp_sys', 'nibp_dia'];
const BUCKETS = 1400;
const start = BENCH_START;

/** Median of several runs: one cold run would measure the page cache, not the query. */
function median(runs: number, work: () => unknown): number {
  const times = Array.from({ length: runs }, () => time(work).ms).sort((a, b) => a - b);
  return times[Math.floor(runs / 2)]!;
}

const dir = mkdtempSync(join(tmpdir(), 'vigil-bench-'));
try {
  // 1. Ingest with rollups vs a plain batched insert of the same rows (one day, fresh files), at synchronous=FULL.
  const ingest = measureIngest(Math.min(1, days), dir);
  log(describeIngest(ingest));

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
    log(`paint: not measured (${errorMessage(error)})`);
    return null;
  });

  const report = await measureReport().catch((error: unknown) => {
    log(`report: not measured (${errorMessage(error)})`);
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
    ingest_ratio: round(ingest.ratio),
    ingest_rows_per_s: Math.round(ingest.rowsPerSecond),
    ingest_full_over_normal: round(ingest.fullOverNormal),
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
