// The Electron shell's printer, written against a small window interface so the station core stays free of
// electron: the shell passes a factory that opens a hidden, sandboxed window on the built renderer; this loads the
// report route, waits until the page says it is ready, makes the PDF (printToPDF) and sends the page to a printer.
import { ERROR_KEY, META_KEY, READY_FLAG, reportHash, type ReportPrintMeta } from '../../../shared/report/route';
import type { ReportFormat } from '../../../shared/report/types';
import { headerFooter, MARGINS_MM, type ReportPrinter } from './print';

/** Electron's printToPDF options (margins in inches). */
export interface ShellPdfOptions {
  readonly pageSize: ReportFormat;
  readonly printBackground: boolean;
  readonly displayHeaderFooter: boolean;
  readonly headerTemplate: string;
  readonly footerTemplate: string;
  readonly margins: { readonly top: number; readonly bottom: number; readonly left: number; readonly right: number };
  readonly preferCSSPageSize: boolean;
}

/** Electron's webContents.print options (the system print dialog). */
export interface ShellPaperOptions {
  readonly silent: boolean;
  readonly printBackground: boolean;
  readonly pageSize: ReportFormat;
  readonly header: string;
  readonly footer: string;
}

export interface PrintWindow {
  /** Loads the built window with this hash route. */
  load(hash: string): Promise<void>;
  evaluate(script: string): Promise<unknown>;
  printToPDF(options: ShellPdfOptions): Promise<Uint8Array>;
  /** Resolves true when the job went to a printer, false when the person cancelled. */
  print(options: ShellPaperOptions): Promise<boolean>;
  close(): void;
}

const inches = (mm: number) => mm / 25.4;

async function waitReady(win: PrintWindow, timeoutMs: number): Promise<ReportPrintMeta> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const state = (await win.evaluate(`({ ready: window.${READY_FLAG} === true, error: window.${ERROR_KEY} ?? null, meta: window.${META_KEY} ?? null })`)) as {
      ready: boolean;
      error: string | null;
      meta: ReportPrintMeta | null;
    };
    if (state.error !== null) throw new Error(`the report page says: ${state.error}`);
    if (state.ready && state.meta) return state.meta;
    if (Date.now() > deadline) throw new Error('the report page did not finish rendering');
    await new Promise((r) => setTimeout(r, 100));
  }
}

export function windowPrinter(open: () => PrintWindow, options: { readonly timeoutMs?: number } = {}): ReportPrinter {
  return {
    via: 'shell',
    async print(request) {
      const win = open();
      try {
        await win.load(reportHash(request));
        const meta = await waitReady(win, options.timeoutMs ?? 30_000);
        const pdf = await win.printToPDF({
          pageSize: request.format,
          printBackground: true,
          displayHeaderFooter: true,
          ...headerFooter(meta),
          margins: { top: inches(MARGINS_MM.top), bottom: inches(MARGINS_MM.bottom), left: inches(MARGINS_MM.left), right: inches(MARGINS_MM.right) },
          preferCSSPageSize: true,
        });
        const paper = await win.print({ silent: false, printBackground: true, pageSize: request.format, header: [meta.demo, meta.header].filter(Boolean).join(' · '), footer: meta.footer });
        return { pdf, paper };
      } finally {
        win.close();
      }
    },
  };
}
