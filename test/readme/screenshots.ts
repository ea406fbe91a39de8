// The README's "At the bedside" pictures: one per main screen at the ward PC's 1366×768, in resources/readme/, from a
// DEMO episode on a pinned clock (a run today draws what a run next year draws). Run: npm run readme-screenshots
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium } from '../helpers/browser';
import { REPO_ROOT, runVigil, startVigil } from '../helpers/cli';
import { isoOf, pinnedLocal } from '../helpers/clock';
import { WARD_PC } from '../helpers/screenshots';
import { errorMessage } from '../../shared/errors';

const OUT_DIR = join(REPO_ROOT, 'resources', 'readme');
/** Day +2 at 10:00 of the DEMO course: CRS at its peak, two days of labs, treatments given. */
const NOW = isoOf(pinnedLocal(10, 0));

/** Each picture: the screen's tab and what is there once the screen has loaded (its data drawn, not a loading note). */
const SCREENS: readonly { readonly screen: string; readonly loaded: string }[] = [
  { screen: 'live', loaded: '[data-testid="trend-chart"] svg' },
  { screen: 'trends', loaded: '[data-testid="trends-screen"] svg' },
  { screen: 'labs', loaded: '[data-testid="labs-row-crp"]' },
  { screen: 'rounds', loaded: '[data-testid="rounds-table"]' },
  { screen: 'episode', loaded: '[data-testid="checklist"]' },
  { screen: 'handover', loaded: '[data-testid="handover-document"]' },
];

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'vigil-readme-'));
  const db = join(dir, 'station.db');
  const demo = await runVigil(['demo', '--db', db, '--mrn', 'DEMO-README', '--days', '3', '--interval', '10', '--now', NOW], { timeoutMs: 180_000 });
  if (demo.code !== 0) throw new Error(`vigil demo failed: ${demo.stderr}`);
  const station = startVigil(['station', '--db', db, '--web', '0', '--now', NOW]);
  try {
    const url = (await station.waitFor(/browser mode at (http:\/\/\S+)/))[1]!;
    const browser = await launchChromium();
    try {
      const page = await browser.newPage({ viewport: WARD_PC, locale: 'en-GB' });
      page.setDefaultTimeout(60_000);
      await page.goto(url);
      mkdirSync(OUT_DIR, { recursive: true });
      for (const { screen, loaded } of SCREENS) {
        await page.getByTestId(`tab-${screen}`).click();
        await page.locator(loaded).first().waitFor();
        await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
        const file = join(OUT_DIR, `${screen}.png`);
        await page.screenshot({ path: file });
        console.log(`readme-screenshots: ${file}`);
      }
    } finally {
      await browser.close();
    }
  } finally {
    await station.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(`readme-screenshots: ${errorMessage(error)}`);
  process.exit(1);
});
