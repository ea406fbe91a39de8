// npm run bench: trend speed from rollups vs raw rows, ingest cost of rollups (./ingest.ts), storage per sample,
// grading cost and the API while grading runs (./grading.ts), start-up and live latency (./live.ts), memory over a
// simulated day (./memory.ts), and (where Chromium exists) paint and handover print times. Figures, not pass/fail
// tests; every figure is printed with its runs.
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
import { describeGrading, type GradingFigures } from './grading';
import { describeLive, measureLive } from './live';
import { measureMemory } from './memory';
import { inOwnProcess, median, round, seedBenchEpisode } from './support';

const { values } = parseArgs({ options: { json: { type: 'boolean', default: false }, days: { type: 'string', default: '30' } } });
const days = Number(values.days);
const log = (line: string) => {
  if (!values.json) process.stderr.write(`${line}\n`);
};

const TREND_PARAMS: VitalParam[] = ['hr', 'spo2', 'rr', 'temp', 'nibp_sys', 'nibp_dia'];
const BUCKETS = 1400;
const start = BENCH_START;

/** Median of several runs: one cold run would measure the page cache, not the query. */
function medianOfRuns(runs: number, work: () => unknown): number {
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
  const trendEpisodeMs = medianOfRuns(5, episodeRequest);
  const trendDayMs = medianOfRuns(5, dayRequest);
  // The same request answered from raw rows: GROUP BY over every stored sample.
  const rawWidth = Math.ceil((end - start) / BUCKETS);
  const rawEpisodeMs = medianOfRuns(3, () => ids.map((s) => db.prepare(`SELECT CAST((t_ms - ?) / ? AS INTEGER) AS b, min(value), max(value) FROM observations WHERE series_id IN (${s.join(',')}) AND t_ms >= ? AND t_ms < ? AND status = 0 GROUP BY b`).all(start, rawWidth, start, end)));
  const points = episodeRequest().reduce((n, p) => n + p.points.length, 0);
  db.close();
  const bytesPerSample = statSync(file).size / stored;
  log(`trend: episode ${trendEpisodeMs.toFixed(1)} ms (${points} points), day ${trendDayMs.toFixed(1)} ms, raw episode ${rawEpisodeMs.toFixed(0)} ms; ${bytesPerSample.toFixed(1)} bytes/sample`);

  /** A figure that could not be measured is null, with the reason on stderr; the others still run. */
  const figure = <T>(name: string, work: () => Promise<T>): Promise<T | null> =>
    work().catch((error: unknown) => {
      log(`${name}: not measured (${errorMessage(error)})`);
      return null;
    });

  // 3. A DEMO episode of the same length, admitted, for grading, paint, start-up and live latency.
  const episodeDb = await seedBenchEpisode(days, dir);
  // In a process of its own, as the station is: this one carries the heap of the 20-million-row fill above.
  const grading = await figure('grading', () => inOwnProcess<GradingFigures>(new URL('./grading.ts', import.meta.url), ['--db', episodeDb]));
  if (grading) log(describeGrading(grading));
  const paint = await figure('paint', () => measurePaint(days, 9, episodeDb));
  const live = await figure('live', () => measureLive(episodeDb));
  if (live) log(describeLive(live));
  const report = await figure('report', () => measureReport());
  const memory = await figure('memory', () => measureMemory(24));

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
    grade_full_ms: grading && median(grading.fullRunsMs),
    grade_full_runs_ms: grading?.fullRunsMs ?? null,
    grade_worker_ms: grading && median(grading.workerRunsMs),
    grade_worker_runs_ms: grading?.workerRunsMs ?? null,
    grade_incremental_ms: grading && median(grading.incrementalRunsMs),
    grade_incremental_runs_ms: grading?.incrementalRunsMs ?? null,
    grade_incremental_cpu_ms: grading && median(grading.incrementalCpuRunsMs),
    grade_incremental_from_ms_before_now: grading?.incrementalFromMsBeforeNow ?? null,
    api_p50_ms: grading?.apiP50Ms ?? null,
    api_p99_ms: grading?.apiP99Ms ?? null,
    api_max_ms: grading?.apiMaxMs ?? null,
    api_calls: grading?.apiCalls ?? null,
    api_gradings_during: grading?.gradingsDuringApi ?? null,
    api_p99_no_grading_ms: grading?.apiIdleP99Ms ?? null,
    api_p99_grading_inline_ms: grading?.apiInlineP99Ms ?? null,
    paint_ms: paint && paint.medianMs,
    paint_runs_ms: paint?.runsMs ?? null,
    paint_throttled_ms: paint && paint.throttledMedianMs,
    paint_throttled_runs_ms: paint?.throttledRunsMs ?? null,
    paint_retries: paint?.retries ?? null,
    startup_ms: live && median(live.startupRunsMs),
    startup_runs_ms: live?.startupRunsMs ?? null,
    startup_listening_runs_ms: live?.listeningRunsMs ?? null,
    live_latency_p50_ms: live?.latencyP50Ms ?? null,
    live_latency_p99_ms: live?.latencyP99Ms ?? null,
    live_latency_max_ms: live?.latencyMaxMs ?? null,
    live_records: live?.records ?? null,
    live_records_seen: live?.seen ?? null,
    live_records_stored: live?.stored ?? null,
    live_records_sent: live?.sent ?? null,
    live_opening_records: live?.openingRecords ?? null,
    live_opening_seen: live?.openingSeen ?? null,
    live_opening_max_ms: live?.openingMaxMs ?? null,
    live_retries: live?.retries ?? null,
    // report_ms is the name earlier runs used for the cold print: kept so the figures compare.
    report_ms: report && report.medianMs,
    report_cold_ms: report && report.medianMs,
    report_cold_runs_ms: report?.runsMs ?? null,
    report_warm_ms: report && report.warmMedianMs,
    report_warm_runs_ms: report?.warmRunsMs ?? null,
    report_warm_first_ms: report?.warmFirstMs ?? null,
    report_retries: report?.retries ?? null,
    rss_mb_after_24h_sim: memory && { start: memory.rssStartMb, end: memory.rssEndMb },
    rss_hourly_mb: memory?.rssHourlyMb ?? null,
    rss_sim_records: memory?.records ?? null,
    rss_sim_stored_hr: memory?.storedHr ?? null,
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
