// report.print in browser mode with one headless Chromium kept warm: launched at the first print and kept (with a
// private loopback server for the report route) until the station stops, so a repeated handover print does not pay
// Chromium's start-up. A browser that crashed or was closed is launched again at the next print.
import type { Browser } from 'playwright-core';
import { startWebServer, type RunningWebServer } from '../server/webServer';
import { launchPrintBrowser, printReportPage, REPORT_RENDERER_DIR, type ChromiumOptions, type ReportHost } from './chromium';
import type { PrintedPdf, PrintRequest, ReportPrinter } from './print';

export class WarmChromiumPrinter implements ReportPrinter {
  readonly via = 'chromium';
  private browser: Promise<Browser> | null = null;
  private server: Promise<RunningWebServer> | null = null;

  constructor(
    private readonly host: ReportHost,
    private readonly options: ChromiumOptions = {},
  ) {}

  async print(request: PrintRequest): Promise<PrintedPdf> {
    const server = await this.liveServer();
    const { pdf } = await printReportPage(await this.liveBrowser(), server.url, request, this.options.timeoutMs);
    return { pdf, paper: false };
  }

  async close(): Promise<void> {
    const [browser, server] = [this.browser, this.server];
    this.browser = this.server = null;
    await (await browser?.catch(() => null))?.close();
    await (await server?.catch(() => null))?.close();
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
