// The station's own printer under plain Node: the report route of the built window, served by a private browser-mode
// server, opened in headless Chromium (playwright-core) and printed with page.pdf. `vigil report handover` goes through
// renderReportPdf, report.print in browser mode through printReportPage on a warm browser (warmPrinter.ts); the
// Electron shell registers its own printer instead.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { ERROR_KEY, META_KEY, READY_FLAG, reportHash, type ReportPrintMeta } from '../../../shared/report/route';
import type { Dispatch } from '../api/dispatcher';
import type { EventHub } from '../api/eventHub';
import type { WindowSession } from '../auth/sessions';
import { startWebServer } from '../server/webServer';
import { headerFooter, MARGINS_MM, pdfPageCount, type PrintRequest } from './print';
import { errorMessage } from '../../../shared/errors';

export const DEFAULT_CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
/** The built window (npm run build), as `vigil station --web` serves it. */
export const REPORT_RENDERER_DIR = fileURLToPath(new URL('../../../out/renderer', import.meta.url));

/** What the printer needs of the station: its dispatcher, events and window sessions (no sign-in: the report is public). */
export interface ReportHost {
  readonly dispatch: Dispatch;
  readonly events: EventHub;
  createWindowSession(): WindowSession;
}

export interface ChromiumOptions {
  /** Default: $VIGIL_CHROMIUM, else /usr/bin/chromium. */
  readonly chromiumPath?: string;
  readonly rendererDir?: string;
  readonly timeoutMs?: number;
}

export function chromiumPath(option?: string): string {
  return option ?? process.env.VIGIL_CHROMIUM ?? DEFAULT_CHROMIUM;
}

/** playwright-core is loaded only when a report is printed this way, so the Electron shell's bundle never carries it. */
async function loadPlaywright(): Promise<typeof import('playwright-core')> {
  const name = 'playwright-core';
  return (await import(/* @vite-ignore */ name)) as typeof import('playwright-core');
}

export interface RenderedPdf {
  readonly pdf: Buffer;
  readonly pages: number;
  readonly meta: ReportPrintMeta;
}

/** Starts headless Chromium for one print. Started early (before grading), it comes up while the station works. */
export async function launchPrintBrowser(options: ChromiumOptions = {}): Promise<Browser> {
  const executablePath = chromiumPath(options.chromiumPath);
  if (!existsSync(executablePath)) throw new Error(`Chromium not found at ${executablePath} (install chromium, or give its path)`);
  const { chromium } = await loadPlaywright();
  try {
    return await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  } catch (error) {
    throw new ChromiumStartError(executablePath, errorMessage(error));
  }
}

/** Chromium would not run: one line (Playwright's own message carries the command line and a call log). */
export class ChromiumStartError extends Error {
  constructor(executablePath: string, launchMessage: string) {
    super(`Chromium at ${executablePath} did not start: ${launchFailureReason(launchMessage)}`);
    this.name = 'ChromiumStartError';
  }
}

/** The exit code when the process ended, else the first line of Playwright's message without its "browserType.launch:" prefix. */
export function launchFailureReason(message: string): string {
  const exit = /process did exit: exitCode=(\S+?), signal=(\S+?)>/.exec(message);
  if (exit && exit[1] !== 'null') return `it exited with code ${exit[1]}`;
  if (exit && exit[2] !== 'null') return `it was ended by ${exit[2]}`;
  return (message.split('\n')[0] ?? '').replace(/^browserType\.launch:\s*/, '').trim() || 'no reason given';
}

/** Prints the report route to PDF; closes the browser it was given (or launched) whatever happens. */
export async function renderReportPdf(host: ReportHost, request: PrintRequest, options: ChromiumOptions & { readonly browser?: Promise<Browser> } = {}): Promise<RenderedPdf> {
  const launching = options.browser ?? launchPrintBrowser(options);
  let browser: Browser | null = null;
  let server: Awaited<ReturnType<typeof startWebServer>> | null = null;
  try {
    server = await startWebServer({
      dispatch: host.dispatch,
      createSession: () => host.createWindowSession(),
      events: host.events,
      rendererDir: options.rendererDir ?? REPORT_RENDERER_DIR,
      port: 0,
    });
    browser = await launching;
    return await printReportPage(browser, server.url, request, options.timeoutMs);
  } finally {
    await (browser ?? (await launching.catch(() => null)))?.close();
    await server?.close();
  }
}

/** Opens the report route of the server at `serverUrl` on a new page of `browser`, waits for it and prints it; closes the page. */
export async function printReportPage(browser: Browser, serverUrl: string, request: PrintRequest, timeoutMs?: number): Promise<RenderedPdf> {
  const page = await openPrintPage(browser);
  try {
    await page.goto(reportUrl(serverUrl, request), { waitUntil: 'commit' });
    return await printWhenReady(page, request, timeoutMs);
  } finally {
    await page.close();
  }
}

export function openPrintPage(browser: Browser): Promise<Page> {
  return browser.newPage({ viewport: { width: 800, height: 1100 } });
}

export function reportUrl(serverUrl: string, request: PrintRequest): string {
  return `${serverUrl}#${reportHash(request)}`;
}

/** Waits until the report page says it has drawn the request (or why it could not), then makes its PDF. */
export async function printWhenReady(page: Page, request: PrintRequest, timeoutMs?: number): Promise<RenderedPdf> {
  await page.waitForFunction(
    ([ready, error]) => (globalThis as unknown as Record<string, unknown>)[ready!] === true || typeof (globalThis as unknown as Record<string, unknown>)[error!] === 'string',
    [READY_FLAG, ERROR_KEY],
    { timeout: timeoutMs ?? 30_000 },
  );
  const state = await page.evaluate(([meta, error]) => ({ meta: (globalThis as unknown as Record<string, unknown>)[meta!], error: (globalThis as unknown as Record<string, unknown>)[error!] }), [META_KEY, ERROR_KEY]);
  if (typeof state.error === 'string') throw new Error(`the report page says: ${state.error}`);
  const meta = state.meta as ReportPrintMeta;
  const mm = (n: number) => `${n}mm`;
  const pdf = await page.pdf({
    format: request.format,
    printBackground: true,
    displayHeaderFooter: true,
    ...headerFooter(meta),
    margin: { top: mm(MARGINS_MM.top), bottom: mm(MARGINS_MM.bottom), left: mm(MARGINS_MM.left), right: mm(MARGINS_MM.right) },
    preferCSSPageSize: true,
  });
  return { pdf, pages: pdfPageCount(pdf), meta };
}
