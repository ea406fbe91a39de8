// Grading cost on a long DEMO episode, and what the API's callers feel while grading runs: a full re-grade in-line
// (the station's runNow) and in the grading worker, and the worker's incremental re-grade after one new reading; then trend and live calls through the station's dispatcher, one
// due every 50 ms (or as soon as the previous one is answered, as a window waits for its answer), with gradings back
// to back, once in the worker (the station's way) and once in-line (as before #17), and once with no grading. A
// call's latency counts from when it was due, so a blocked event loop shows as the calls it delays.
// Alone: npx tsx test/bench/grading.ts [days | --db PATH]
import { pathToFileURL } from 'node:url';
import { Station } from '../../electron/station/station';
import { GradingThread } from '../../electron/station/clinical/gradingThread';
import { EpisodeGrader, type GradableEpisode } from '../../electron/station/clinical/grade';
import { EntryRepository } from '../../electron/station/episode/entries';
import { EpisodeRepository } from '../../electron/station/episode/episodes';
import { DAY_MS, SECOND_MS } from '../../shared/time';
import { median, percentile, round, benchDatabase } from './support';

export interface GradingFigures {
  /** A full re-grade on the main thread (runNow), every run. */
  readonly fullRunsMs: readonly number[];
  /** The same full re-grade in the worker (its kept run forgotten each time), from request to result; the worker started before. */
  readonly workerRunsMs: readonly number[];
  /** The worker's re-grade after one new monitor reading, from request to result, every run (each after a full one). */
  readonly incrementalRunsMs: readonly number[];
  /** The same re-grade in-process: CPU time (user + system), which a loaded machine does not stretch as it does wall time. */
  readonly incrementalCpuRunsMs: readonly number[];
  /** How far before the evaluation time an incremental re-grade began at most (the earliest changed time). */
  readonly incrementalFromMsBeforeNow: number;
  readonly apiCalls: number;
  readonly apiP50Ms: number;
  readonly apiP99Ms: number;
  readonly apiMaxMs: number;
  /** The same calls with no grading at all: what the machine gives without it. */
  readonly apiIdleP99Ms: number;
  /** The same calls with gradings in-line, for comparison. */
  readonly apiInlineP99Ms: number;
  readonly apiInlineMaxMs: number;
  readonly gradingsDuringApi: number;
}

const CALL_EVERY_MS = 50;
const API_WINDOW_MS = 10_000;
const RUNS = 3;
const INCREMENTAL_RUNS = 5;
const INCREMENTAL_WARM_UP = 5;

export async function measureGrading(dbFile: string): Promise<GradingFigures> {
  const fullRunsMs = await withStation(dbFile, false, (station) => timedRuns(RUNS, () => void station.grading.runNow()));
  const thread = new GradingThread({ dbFile });
  const workerRunsMs = await withStation(dbFile, false, async (station) => {
    const open = openEpisode(station);
    const runs: number[] = [];
    await thread.grade(open, Date.now(), {}, { fresh: true }); // starts the worker and compiles its code, as a long-lived station's is
    for (let i = 0; i < RUNS; i++) {
      const t0 = performance.now();
      await thread.grade(open, Date.now(), {}, { fresh: true });
      runs.push(Math.round(performance.now() - t0));
    }
    return runs;
  }).finally(() => thread.stop());
  const incremental = await withStation(dbFile, false, (station) => incrementalRuns(station, dbFile));
  const idle = await withStation(dbFile, true, (station) => apiWhileGrading(station, false));
  const inWorker = await withStation(dbFile, true, (station) => apiWhileGrading(station));
  const inline = await withStation(dbFile, false, (station) => apiWhileGrading(station));
  return {
    fullRunsMs,
    workerRunsMs,
    incrementalRunsMs: incremental.runsMs,
    incrementalCpuRunsMs: incremental.cpuRunsMs,
    incrementalFromMsBeforeNow: incremental.fromMsBeforeNow,
    apiCalls: inWorker.latencies.length,
    apiP50Ms: round(percentile(inWorker.latencies, 50)),
    apiP99Ms: round(percentile(inWorker.latencies, 99)),
    apiMaxMs: round(Math.max(...inWorker.latencies)),
    apiIdleP99Ms: round(percentile(idle.latencies, 99)),
    apiInlineP99Ms: round(percentile(inline.latencies, 99)),
    apiInlineMaxMs: round(Math.max(...inline.latencies)),
    gradingsDuringApi: inWorker.gradings,
  };
}

async function withStation<T>(dbFile: string, worker: boolean, work: (station: Station) => Promise<T> | T): Promise<T> {
  const station = new Station({ dbFile, log: () => {}, backup: false, grading: { intervalMs: 3_600_000, debounceMs: 0, ...(worker ? {} : { worker: false }) } });
  try {
    return await work(station);
  } finally {
    await station.stop();
  }
}

function openEpisode(station: Station): GradableEpisode {
  const episode = new EpisodeRepository(station.db).open();
  if (!episode || episode.infusionTime === null) throw new Error('the bench database has no infused episode');
  return { ...episode, infusionTime: episode.infusionTime };
}

/**
 * One new HR reading through the station's store, then a grading in the worker (which kept its last run), timed
 * from request to result after a few untimed ones (the station's worker is long-lived: its code is compiled by
 * then); beside it the same grading in-process, for the CPU time it takes and from when it graded again.
 */
async function incrementalRuns(station: Station, dbFile: string): Promise<{ runsMs: number[]; cpuRunsMs: number[]; fromMsBeforeNow: number }> {
  const open = openEpisode(station);
  const thread = new GradingThread({ dbFile });
  const inProcess = new EpisodeGrader();
  const entries = new EntryRepository(station.db);
  const runsMs: number[] = [];
  const cpuRunsMs: number[] = [];
  let now = Date.now();
  let fromMsBeforeNow = 0;
  try {
    await thread.grade(open, now, {});
    inProcess.grade(station.db, entries, open, now, {});
    for (let i = 0; i < INCREMENTAL_WARM_UP + INCREMENTAL_RUNS; i++) {
      now += SECOND_MS;
      station.ingest([{ param: 'hr', value: 80 + (i % 20), unit: '/min', time: now - 500, status: 'valid', source: 'serial', device: 'bench-monitor' }]);
      const t0 = performance.now();
      await thread.grade(open, now, {});
      const wallMs = Math.round(performance.now() - t0);
      const cpu0 = process.cpuUsage();
      inProcess.grade(station.db, entries, open, now, {});
      const cpu = process.cpuUsage(cpu0);
      if (i < INCREMENTAL_WARM_UP) continue;
      runsMs.push(wallMs);
      cpuRunsMs.push(Math.round((cpu.user + cpu.system) / 1000));
      fromMsBeforeNow = Math.max(fromMsBeforeNow, now - inProcess.regradedFrom);
    }
    return { runsMs, cpuRunsMs, fromMsBeforeNow };
  } finally {
    await thread.stop();
  }
}

async function timedRuns(runs: number, work: () => void): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    work();
    times.push(Math.round(performance.now() - t0));
    await new Promise((resolve) => setImmediate(resolve));
  }
  return times;
}

/** Trend (whole episode, 6 series) and latest-value calls every 50 ms while gradings follow one another. */
async function apiWhileGrading(station: Station, grading = true): Promise<{ latencies: number[]; gradings: number }> {
  const session = station.createWindowSession();
  const episodeId = openEpisode(station).id;
  let gradings = 0;
  let lastGradedAt: number | undefined;
  const keepGrading = setInterval(() => {
    const gradedAt = station.grading.latest(episodeId)?.evaluatedAt;
    if (gradedAt !== lastGradedAt) gradings += 1;
    lastGradedAt = gradedAt;
    if (grading) station.grading.soon();
  }, 50);
  const to = Date.now();
  const trend = { params: ['hr', 'spo2', 'rr', 'temp', 'nibp_sys', 'nibp_dia'], from: to - 30 * DAY_MS, to, buckets: 1400 };
  const latencies: number[] = [];
  const start = performance.now();
  try {
    let answeredAt = start;
    for (let k = 0; ; k++) {
      const due = Math.max(start + k * CALL_EVERY_MS, answeredAt);
      if (due > start + API_WINDOW_MS) break;
      const wait = due - performance.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      const reply = k % 2 === 0 ? await station.dispatch('observations.trend', trend, session) : await station.dispatch('observations.latest', {}, session);
      if (!reply.ok) throw new Error(`API call failed: ${reply.error.message}`);
      answeredAt = performance.now();
      latencies.push(answeredAt - due);
    }
  } finally {
    clearInterval(keepGrading);
  }
  return { latencies, gradings };
}

export function describeGrading(f: GradingFigures): string {
  return `grading: full in-line ${median(f.fullRunsMs)} ms (runs ${f.fullRunsMs.join(', ')}), in the worker ${median(f.workerRunsMs)} ms (runs ${f.workerRunsMs.join(', ')}), incremental after one new reading ${median(f.incrementalRunsMs)} ms (runs ${f.incrementalRunsMs.join(', ')}; CPU in-process ${median(f.incrementalCpuRunsMs)} ms; from at most ${f.incrementalFromMsBeforeNow} ms before now); API while grading: p50 ${f.apiP50Ms} ms, p99 ${f.apiP99Ms} ms, max ${f.apiMaxMs} ms over ${f.apiCalls} calls (no grading: p99 ${f.apiIdleP99Ms} ms; grading in-line instead: p99 ${f.apiInlineP99Ms} ms, max ${f.apiInlineMaxMs} ms)`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const figures = await measureGrading(await benchDatabase(process.argv.slice(2)));
  process.stderr.write(`${describeGrading(figures)}\n`);
  process.stdout.write(`${JSON.stringify(figures)}\n`);
}
