// report.print in browser mode with one headless Chromium kept warm: launched at the first print and kept (with a
// private loopback server for the report route and the report page itself) until the station stops, so a repeated
// handover print pays neither Chromium's start-up nor loading the page: the loaded page draws the next request in
// place (window[SHOW_KEY]). Prints take turns on that page. A browser that crashed or was closed is launched again,
// and a page that failed a print is replaced, at the next print.
import type { Browser, Page } from 'playwright-core';
import { reportHash, SHOW_KEY } from '../../../shared/report/route';
import { startWebServer, type RunningWebServer } from '../server/webServer';
import { launchPrintBrowser, openPrintPage, printWhenReady, REPORT_RENDERER_DIR, reportUrl, type ChromiumOptions, type ReportHost } from './chromium';
import type { PrintedPdf, PrintRequest, ReportPrinter } from './print';

export class WarmChromiumPrinter implements ReportPrinter {
  readonly via = 'chromium';
  private browser: Promise<Browser> | null = null;
  private server: Promise<RunningWebServer> | null = null;
  private page: Page | null = null;
  private turn: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly host: ReportHost,
    private readonly options: ChromiumOptions = {},
  ) {}

  print(request: PrintRequest): Promise<PrintedPdf> {
    const printing = this.turn.then(() => this.printOnPage(request));
    this.turn = printing.catch(() => {});
    return printing;
  }

  async close(): Promise<void> {
    const [browser, server] = [this.browser, this.server];
    this.browser = this.server = null;
    this.page = null;
    await (await browser?.catch(() => null))?.close();
    await (await server?.catch(() => null))?.close();
  }

  private async printOnPage(request: PrintRequest): Promise<PrintedPdf> {
    const server = await this.liveServer();
    const browser = await this.liveBrowser();
    const reused = this.page !== null && !this.page.isClosed() && this.page.context().browser() === browser;
    const page = reused ? this.page! : await openPrintPage(browser);
    this.page = page;
    try {
      const shown = reused && (await page.evaluate(([show, hash]) => {
        const draw = (globalThis as unknown as Record<string, unknown>)[show!];
        if (typeof draw !== 'function') return false;
        (draw as (hash: string) => void)(hash!);
        return true;
      }, [SHOW_KEY, reportHash(request)]));
      if (!shown) await page.goto(reportUrl(server.url, request), { waitUntil: 'commit' });
      const { pdf } = await printWhenReady(page, request, this.options.timeoutMs);
      return { pdf, paper: false };
    } catch (error) {
      // The next print starts from a new page rather than one in an unknown state.
      if (this.page === page) this.page = null;
      await page.close().catch(() => {});
      throw error;
    }
  }

  private liveBrowser(): Promise<Browser> {
    if (this.browser) return this.browser;
    const launching = launchPrintBrowser(this.options);
    this.browser = launching;
    launching.then(
      (browser) => browser.on('disconnected', () => {
        if (this.browser === launching) this.browser = null;
      }),
      // A failed launch is reported by the print that awaited it; the next print tries again.
      () => {
        if (this.browser === launching) this.browser = null;
      },
    );
    return launching;
  }

  private liveServer(): Promise<RunningWebServer> {
    if (this.server) return this.server;
    const starting = startWebServer({
      dispatch: this.host.dispatch,
      createSession: () => this.host.createWindowSession(),
      events: this.host.events,
      rendererDir: this.options.rendererDir ?? REPORT_RENDERER_DIR,
      port: 0,
    });
    this.server = starting;
    starting.catch(() => {
      if (this.server === starting) this.server = null;
    });
    return starting;
  }
}
