// Debian's Chromium driven by playwright-core (the Electron binary and Playwright's browsers cannot be downloaded here).
import { chromium, type Browser, type Page } from 'playwright-core';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { REPO_ROOT } from './cli';
import { PIN } from './staff';

export const CHROMIUM_PATH = process.env.VIGIL_CHROMIUM ?? '/usr/bin/chromium';
export const ARTIFACTS_DIR = join(REPO_ROOT, 'test-results');

export function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`Chromium not found at ${CHROMIUM_PATH}: apt-get install chromium (or set VIGIL_CHROMIUM)`);
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

export function artifactPath(name: string): string {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  return join(ARTIFACTS_DIR, name);
}

/** Answers the window's sign-in dialog (once it is asked for) as `name` with `pin`, and waits until it has closed. */
export async function answerSignIn(page: Page, name: string, pin: string): Promise<void> {
  const dialog = page.getByTestId('signin-dialog');
  await dialog.waitFor();
  await page.getByTestId('signin-name').selectOption(name);
  await page.getByTestId('signin-pin').fill(pin);
  await page.getByTestId('signin-pin').press('Enter');
  await dialog.waitFor({ state: 'detached' });
}

/** Signs in through the dialog (once it is asked for) and checks that the top bar names who is signed in. */
export async function signInAs(page: Page, name: string, pin = PIN): Promise<void> {
  await answerSignIn(page, name, pin);
  await expect(page.getByTestId('user-name').textContent()).resolves.toContain(name);
}

/** Signs out and waits until the window offers to sign in again. */
export async function signOut(page: Page): Promise<void> {
  await page.getByTestId('sign-out').click();
  await page.getByTestId('sign-in').waitFor();
}
