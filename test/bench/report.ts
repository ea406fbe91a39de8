// Benchmark: the time to produce the handover PDF of a 14-day DEMO episode through the command line's own code path
// (reportCommand in-process: station core on the database, grading as of now, browser-mode server, headless
// Chromium, page.pdf, file, audit). Seeding the episode is not timed; the figure is the median of the runs (the
// first is cold: Chromium's files not yet in the page cache), printed with every run's time. Then report_warm_ms:
// report.print's way in browser mode, the station's warm printer (one headless Chromium and its report page kept
// from the first print, each later print drawn in that page) on the same database, in-process; its first print
// launches Chromium and loads the page, and is listed apart. A print that timed out is
// taken once more and counted (`retries`).
// Wired into test/bench/run.ts as a figure, never asserted as a timed test. Alone: npx tsx test/bench/report.ts
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { openDatabase } from '../../electron/station/db/open';
import { seedDemo } from '../../electron/station/demo/seed';
import { reportCommand } from '../../electron/station/cli/report';
import { Station } from '../../electron/station/station';
import { EpisodeRepository } from '../../electron/station/episode/episodes';
import { WarmChromiumPrinter } from '../../electron/station/report/warmPrinter';
import { endingShift } from '../../shared/report/shift';
import { median, sampleWithRetry, type Retries } from './support';

export interface ReportBenchOptions {
  readonly days?: number;
  /** Seconds between DEMO monitor samples (5 s is the GE monitor's own push interval). */
  readonly intervalSeconds?: number;
  readonly runs?: number;
}

export interface ReportFigures {
  readonly medianMs: number;
  readonly runsMs: readonly number[];
  /** The warm printer's prints after its first. */
  readonly warmMedianMs: number;
  readonly warmRunsMs: readonly number[];
  /** The warm printer's first print (Chromium launched). */
  readonly warmFirstMs: number;
  readonly retries: number;
}

export async function measureReport(options: ReportBenchOptions = {}): Promise<ReportFigures> {
  const dir = mkdtempSync(join(tmpdir(), 'vigil-bench-report-'));
  try {
    const file = join(dir, 'demo.db');
    const db = openDatabase(file);
    try {
      seedDemo(db, { mrn: 'DEMO-BENCH', days: options.days ?? 14, product: 'ide-cel', scenario: 'crs-fever-hypotension', intervalSeconds: options.intervalSeconds ?? 5, now: Date.now() });
    } finally {
      db.close();
    }
    const retries: Retries = { count: 0 };
    const times: number[] = [];
    for (let run = 0; run < (options.runs ?? 5); run++) {
      times.push(
        await sampleWithRetry(retries, async () => {
          const errors: string[] = [];
          const t0 = performance.now();
          const code = await reportCommand(['handover', '--db', file, '--mrn', 'DEMO-BENCH', '--out', join(dir, `handover-${run}.pdf`)], { out: () => {}, err: (line) => errors.push(line) });
          if (code !== 0) throw new Error(`vigil report handover failed: ${errors.join(' ')}`);
          return Math.round(performance.now() - t0);
        }),
      );
    }
    const warm = await warmPrints(file, (options.runs ?? 5) + 1, retries);
    return { medianMs: median(times), runsMs: times, warmFirstMs: warm[0]!, warmRunsMs: warm.slice(1), warmMedianMs: median(warm.slice(1)), retries: retries.count };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Prints the ending shift's handover `runs` times through one warm printer; the first launches Chromium. */
async function warmPrints(file: string, runs: number, retries: Retries): Promise<number[]> {
  const station = new Station({ dbFile: file, log: () => {}, backup: false, grading: { worker: false } });
  const printer = new WarmChromiumPrinter(station);
  try {
    const episodeId = new EpisodeRepository(station.db).open()!.id;
    const times: number[] = [];
    for (let run = 0; run < runs; run++) {
      times.push(
        await sampleWithRetry(retries, async () => {
          const t0 = performance.now();
          const { from, to } = endingShift(Date.now());
          await printer.print({ from, to, format: 'A4', episodeId, printedBy: 'DEMO Nurse' });
          return Math.round(performance.now() - t0);
        }),
      );
    }
    return times;
  } finally {
    await printer.close();
    await station.stop();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const figures = await measureReport();
  process.stdout.write(`${JSON.stringify({ report_cold_ms: figures.medianMs, report_cold_runs_ms: figures.runsMs, report_warm_ms: figures.warmMedianMs, report_warm_runs_ms: figures.warmRunsMs, report_warm_first_ms: figures.warmFirstMs, report_retries: figures.retries })}\n`);
}
