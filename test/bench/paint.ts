// Chromium: time from the whole-episode trend data received to the trend painted (6 series), read from the
// marks the trends screen sets (window.__vigilTrendPaint = { dataAt, paintedAt }). Each run reloads the page;
// the figure is the median of the runs (the spread is printed too: these machines are noisy). Then the same with
// Chromium's CPU throttled ×4 through the DevTools protocol (Emulation.setCPUThrottlingRate), a stand-in for an old
// ward PC. A run that timed out is taken once more and counted (`retries`).
// Wired into test/bench/run.ts as a figure, never asserted as a timed test. Alone: npx tsx test/bench/paint.ts [days]
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { startVigil } from '../helpers/cli';
import { launchChromium } from '../helpers/browser';
import { median, sampleWithRetry, seedBenchEpisode, type Retries } from './support';

export interface PaintFigures {
  readonly medianMs: number;
  readonly runsMs: readonly number[];
  readonly throttledMedianMs: number;
  readonly throttledRunsMs: readonly number[];
  readonly throttleRate: number;
  /** Runs that timed out and were taken again. */
  readonly retries: number;
}

const THROTTLE_RATE = 4;

/** Paint times of the trends screen on `db` (a seeded DEMO episode; seeded here with `days` when not given). */
export async function measurePaint(days: number, runs = 9, seededDb?: string): Promise<PaintFigures> {
  const db = seededDb ?? (await seedBenchEpisode(days));
  const station = startVigil(['station', '--db', db, '--web', '0']);
  try {
    const [, url] = await station.waitFor(/browser mode at (http:\/\/\S+)/, 120_000);
    const browser = await launchChromium();
    try {
      const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
      await page.goto(url!);
      const retries: Retries = { count: 0 };
      const runsMs = await paintRuns(page, runs, retries);
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE_RATE });
      const throttledRunsMs = await paintRuns(page, runs, retries);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
      return { medianMs: median(runsMs), runsMs, throttledMedianMs: median(throttledRunsMs), throttledRunsMs, throttleRate: THROTTLE_RATE, retries: retries.count };
    } finally {
      await browser.close();
    }
  } finally {
    await station.stop();
  }
}

async function paintRuns(page: Page, runs: number, retries: Retries): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    times.push(
      await sampleWithRetry(retries, async () => {
        await page.reload();
        await page.getByTestId('tab-trends').click();
        const paint = await page.waitForFunction(() => window.__vigilTrendPaint, undefined, { timeout: 60_000 });
        const { dataAt, paintedAt } = (await paint.jsonValue()) as { dataAt: number; paintedAt: number };
        return Math.round(paintedAt - dataAt);
      }),
    );
  }
  return times;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const figures = await measurePaint(Number(process.argv[2] ?? 30));
  process.stdout.write(`${JSON.stringify({ paint_ms: figures.medianMs, paint_runs_ms: figures.runsMs, paint_throttled_ms: figures.throttledMedianMs, paint_throttled_runs_ms: figures.throttledRunsMs, paint_retries: figures.retries })}\n`);
}
