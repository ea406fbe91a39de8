// One browser-mode station for an end-to-end file: its own data folder (a DEMO episode, staff), the real `vigil station`
// on a pinned clock, Chromium with a window on it, a picture of the screen when a test fails, all closed at the end.
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { runVigil, startVigil, type RunningVigil } from './cli';
import { artifactPath, launchChromium } from './browser';
import { isoOf } from './clock';
import { PIN, type StaffMember } from './staff';

export interface DemoEpisode {
  readonly mrn: string;
  readonly days: number;
  /** Minutes between the DEMO's monitor readings. */
  readonly interval: number;
  /** How long `vigil demo` may take (longer episodes take longer). */
  readonly timeoutMs: number;
}

export interface BrowserStationOptions {
  /** Names the data folder and the failure picture (`<name>-failure.png`): the file's name. */
  readonly name: string;
  /** The station's pinned clock (`--now`), and the DEMO's. */
  readonly now: number;
  /** A DEMO episode seeded first (`vigil demo`). */
  readonly demo?: DemoEpisode;
  /** Added with `vigil staff add`, in this order, each with the test PIN. */
  readonly staff?: readonly StaffMember[];
  /** Writes to the database file once the DEMO and staff are in, before the station starts. */
  readonly seed?: (db: string) => void | Promise<void>;
  /** More `vigil station` flags; a function when they are known only once an earlier hook has run (a pty's path). */
  readonly stationArgs?: readonly string[] | (() => readonly string[]);
}

export interface PageOptions {
  readonly viewport?: { readonly width: number; readonly height: number };
  readonly locale?: string;
  /** Playwright's default timeout for this window (its own default, 30 s, when not given). */
  readonly timeoutMs?: number;
  /** Runs before the station's page loads (e.g. an init script). */
  readonly beforeLoad?: (page: Page) => Promise<void>;
}

export interface BrowserStation {
  readonly db: string;
  readonly station: RunningVigil;
  readonly url: string;
  readonly browser: Browser;
  /** A new window with the station's page loaded. */
  readonly openPage: (options?: PageOptions) => Promise<Page>;
  /** Closes the browser, then stops the station. */
  readonly close: () => Promise<void>;
}

/** Seeds a fresh data folder, starts the station in browser mode and launches Chromium (no window yet). */
export async function startBrowserStation(options: BrowserStationOptions): Promise<BrowserStation> {
  const db = join(mkdtempSync(join(tmpdir(), `vigil-e2e-${options.name}-`)), 'station.db');
  const now = isoOf(options.now);
  if (options.demo) {
    const { mrn, days, interval, timeoutMs } = options.demo;
    const demo = await runVigil(['demo', '--db', db, '--mrn', mrn, '--days', String(days), '--interval', String(interval), '--now', now], { timeoutMs });
    expect(demo.code, demo.stderr).toBe(0);
  }
  for (const { name, role } of options.staff ?? []) {
    const added = await runVigil(['staff', 'add', '--db', db, '--name', name, '--role', role, '--pin', PIN]);
    expect(added.code, added.stderr).toBe(0);
  }
  await options.seed?.(db);
  const extraArgs = typeof options.stationArgs === 'function' ? options.stationArgs() : (options.stationArgs ?? []);
  const station = startVigil(['station', '--db', db, '--web', '0', ...extraArgs, '--now', now]);
  try {
    const url = (await station.waitFor(/browser mode at (http:\/\/\S+)/))[1]!;
    const browser = await launchChromium();
    return {
      db,
      station,
      url,
      browser,
      openPage: async ({ viewport, locale, timeoutMs, beforeLoad } = {}) => {
        const page = await browser.newPage({ viewport, locale });
        if (timeoutMs !== undefined) page.setDefaultTimeout(timeoutMs);
        await beforeLoad?.(page);
        await page.goto(url);
        return page;
      },
      close: async () => {
        await browser.close();
        await station.stop();
      },
    };
  } catch (error) {
    await station.stop(); // nobody else holds the station yet
    throw error;
  }
}

/** A station for one test: closed when `use` ends, passed or failed. */
export async function withBrowserStation<T>(options: BrowserStationOptions, use: (vigil: BrowserStation) => Promise<T>): Promise<T> {
  const vigil = await startBrowserStation(options);
  try {
    return await use(vigil);
  } finally {
    await vigil.close();
  }
}

export interface BrowserStationHooks {
  /** The window opened in beforeAll. */
  page(): Page;
  station(): RunningVigil;
  db(): string;
  url(): string;
  browser(): Browser;
  /** Another window on the station. */
  openPage(options?: PageOptions): Promise<Page>;
}

export interface UseBrowserStationOptions extends BrowserStationOptions {
  /** The first window; 1400 × 1000, en-US and 15 s unless given. */
  readonly page?: PageOptions;
  /** For beforeAll, when seeding a long DEMO takes longer than the project's hook timeout. */
  readonly hookTimeoutMs?: number;
}

const FIRST_WINDOW = { viewport: { width: 1400, height: 1000 }, locale: 'en-US', timeoutMs: 15_000 } as const;

/** Registers the file's hooks: start (beforeAll), a picture on failure (afterEach), close (afterAll). */
export function useBrowserStation(options: UseBrowserStationOptions): BrowserStationHooks {
  let vigil: BrowserStation | undefined;
  let page: Page | undefined;
  const started = () => {
    if (!vigil) throw new Error(`the ${options.name} station is not started yet (use it inside a test or a later hook)`);
    return vigil;
  };

  beforeAll(async () => {
    vigil = await startBrowserStation(options);
    page = await vigil.openPage({ ...FIRST_WINDOW, ...options.page });
  }, options.hookTimeoutMs);

  afterEach(async ({ task }) => {
    if (task.result?.state === 'fail') await page?.screenshot({ path: artifactPath(`${options.name}-failure.png`), fullPage: true });
  });

  afterAll(async () => {
    await vigil?.close();
  });

  return {
    page: () => {
      if (!page) throw new Error(`the ${options.name} station has no window yet (use it inside a test or a later hook)`);
      return page;
    },
    station: () => started().station,
    db: () => started().db,
    url: () => started().url,
    browser: () => started().browser,
    openPage: (pageOptions) => started().openPage(pageOptions),
  };
}
