// Chromium: time from the whole-episode trend data received to the trend painted (6 series), read from the
// marks the trends screen sets (window.__vigilTrendPaint = { dataAt, paintedAt }). Each run reloads the page;
// the figure is the median of the runs (the spread is printed too: these machines are noisy).
// Wired into test/bench/run.ts as a figure, never asserted as a timed test. Alone: npx tsx test/bench/paint.ts [days]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { runVigil, startVigil } from '../helpers/cli';
import { launchChromium } from '../helpers/browser';

export interface PaintFigures {
  readonly medianMs: number;
  readonly runsMs: readonly number[];
}

export async function measurePaint(days: number, runs = 9): Promise<PaintFigures> {
  const dir = mkdtempSync(join(tmpdir(), 'vigil-bench-paint-'));
  const db = join(dir, 'station.db');
  const station = { current: null as ReturnType<typeof startVigil> | null };
  try {
    const seeded = await runVigil(['demo', '--db', db, '--mrn', 'BENCH', '--days', String(days), '--interval', '10'], { timeoutMs: 600_000 });
    if (seeded.code !== 0) throw new Error(`vigil demo failed: ${seeded.stderr}`);
    station.current = startVigil(['station', '--db', db, '--web', '0']);
    const [, url] = await station.current.waitFor(/browser mode at (http:\/\/\S+)/);
    const browser = await launchChromium();
    try {
      const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
      await page.goto(url!);
      const times: number[] = [];
      for (let i = 0; i < runs; i++) {
        await page.reload();
        await page.getByTestId('tab-trends').click();
        const paint = await page.waitForFunction(() => window.__vigilTrendPaint, undefined, { timeout: 60_000 });
        const { dataAt, paintedAt } = (await paint.jsonValue()) as { dataAt: number; paintedAt: number };
        times.push(Math.round(paintedAt - dataAt));
      }
      return { medianMs: [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)]!, runsMs: times };
    } finally {
      await browser.close();
    }
  } finally {
    await station.current?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const figures = await measurePaint(Number(process.argv[2] ?? 30));
  process.stdout.write(`${JSON.stringify({ paint_ms: figures.medianMs, paint_runs_ms: figures.runsMs })}\n`);
}
