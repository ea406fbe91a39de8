// Benchmark: the time to produce the handover PDF of a 14-day DEMO episode through the command line's own code path
// (reportCommand in-process: station core on the database, grading as of now, browser-mode server, headless
// Chromium, page.pdf, file, audit). Seeding the episode is not timed; the figure is the median of the runs (the
// first is cold: Chromium's files not yet in the page cache), printed with every run's time.
// Wired into test/bench/run.ts as a figure, never asserted as a timed test. Alone: npx tsx test/bench/report.ts
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { openDatabase } from '../../electron/station/db/open';
import { seedDemo } from '../../electron/station/demo/seed';
import { reportCommand } from '../../electron/station/cli/report';

export interface ReportBenchOptions {
  readonly days?: number;
  /** Seconds between DEMO monitor samples (5 s is the GE monitor's own push interval). */
  readonly intervalSeconds?: number;
  readonly runs?: number;
}

export interface ReportFigures {
  readonly medianMs: number;
  readonly runsMs: readonly number[];
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
    const times: number[] = [];
    for (let run = 0; run < (options.runs ?? 5); run++) {
      const errors: string[] = [];
      const t0 = performance.now();
      const code = await reportCommand(['handover', '--db', file, '--mrn', 'DEMO-BENCH', '--out', join(dir, `handover-${run}.pdf`)], { out: () => {}, err: (line) => errors.push(line) });
      times.push(Math.round(performance.now() - t0));
      if (code !== 0) throw new Error(`vigil report handover failed: ${errors.join(' ')}`);
    }
    return { medianMs: [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)]!, runsMs: times };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const figures = await measureReport();
  process.stdout.write(`${JSON.stringify({ report_ms: figures.medianMs, report_runs_ms: figures.runsMs })}\n`);
}
