// Chromium: time from the whole-episode trend data received to the trend painted (6 series), read from the
// marks the trends screen sets (window.__vigilTrendPaint = { dataAt, paintedAt }).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runVigil, startVigil } from '../helpers/cli';
import { launchChromium } from '../helpers/browser';

export async function measurePaint(days: number): Promise<number> {
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
      const runs: number[] = [];
      for (let i = 0; i < 3; i++) {
        await page.reload();
        await page.getByTestId('tab-trends').click();
        const paint = await page.waitForFunction(() => (window as unknown as { __vigilTrendPaint?: { dataAt: number; paintedAt: number } }).__vigilTrendPaint, undefined, { timeout: 60_000 });
        const { dataAt, paintedAt } = (await paint.jsonValue()) as { dataAt: number; paintedAt: number };
        runs.push(paintedAt - dataAt);
      }
      return runs.sort((a, b) => a - b)[1]!;
    } finally {
      await browser.close();
    }
  } finally {
    await station.current?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
