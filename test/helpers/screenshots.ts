// Pictures of a screen at the two ward sizes (#18): kept in test-results/ for review, the window's size put back after.
import type { Page } from 'playwright-core';
import { artifactPath } from './browser';

export const WARD_PC = { width: 1366, height: 768 } as const;
export const WIDE_SCREEN = { width: 1920, height: 1080 } as const;

/** Saves `<name>-1366x768.png` and `<name>-1920x1080.png` (the visible window, not the whole page), then restores the size. */
export async function screenshotAtWardSizes(page: Page, name: string): Promise<void> {
  const before = page.viewportSize();
  for (const size of [WARD_PC, WIDE_SCREEN]) {
    await page.setViewportSize(size);
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    await page.screenshot({ path: artifactPath(`${name}-${size.width}x${size.height}.png`) });
  }
  if (before) await page.setViewportSize(before);
}
