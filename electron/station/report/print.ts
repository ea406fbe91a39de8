// What every printer of the handover shares: the request, the page header and footer templates (Chromium's
// displayHeaderFooter: page X of Y and the patient line on every page), margins, the checksum, the page count, and
// the audit entry that records each print with its window and the SHA-256 of the PDF.
import { createHash } from 'node:crypto';
import type { ReportPrintMeta } from '../../../shared/report/route';
import type { ReportFormat } from '../../../shared/report/types';
import type { AuditLog } from '../repositories/audit';

export interface PrintRequest {
  readonly from: number;
  readonly to: number;
  readonly format: ReportFormat;
  readonly episodeId: number;
  readonly printedBy: string;
}

export interface PrintedPdf {
  readonly pdf: Uint8Array;
  /** True when it also went to a printer (the Electron shell's webContents.print). */
  readonly paper: boolean;
}

/** Makes the PDF of the report route (and, in the shell, prints it). The station calls it; the shell may register its own. */
export interface ReportPrinter {
  /** Recorded in the audit entry: 'shell' (Electron) or 'chromium' (the station's headless Chromium). */
  readonly via: string;
  print(request: PrintRequest): Promise<PrintedPdf>;
}

export { PRINT_MARGINS_MM as MARGINS_MM } from '../../../shared/report/route';

export const PAGE_FN_NAMES = { page: 'pageNumber', pages: 'totalPages' } as const;

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const BOX = "width:100%;box-sizing:border-box;padding:0 10mm;font-family:'DejaVu Sans','Liberation Sans',sans-serif;font-size:8px;color:#000;display:flex;justify-content:space-between;align-items:center;gap:8px";

/** Chromium header and footer templates (inline styles only: templates do not see the page's CSS). */
export function headerFooter(meta: ReportPrintMeta): { headerTemplate: string; footerTemplate: string } {
  const demo = meta.demo ? `<span style="border:1.5px solid #000;padding:0 4px;font-weight:bold;font-size:10px">${escapeHtml(meta.demo)}</span>` : '';
  const pageOf = escapeHtml(meta.pageOf)
    .replace('[[page]]', `<span class="${PAGE_FN_NAMES.page}"></span>`)
    .replace('[[pages]]', `<span class="${PAGE_FN_NAMES.pages}"></span>`);
  return {
    headerTemplate: `<div style="${BOX}"><span>${escapeHtml(meta.header)}</span>${demo}</div>`,
    footerTemplate: `<div style="${BOX}"><span>${escapeHtml(meta.footer)}</span><span style="white-space:nowrap">${pageOf}</span>${demo}</div>`,
  };
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Pages of a PDF as Chromium writes it: its page objects ("/Type /Page", not "/Pages"). */
export function pdfPageCount(bytes: Uint8Array): number {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  return (text.match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
}

export interface PrintRecord {
  readonly staffId: number | null;
  readonly episodeId: number;
  readonly from: number;
  readonly to: number;
  readonly format: ReportFormat;
  readonly sha256: string;
  readonly pages: number;
  /** How it was produced: 'shell' (Electron), 'chromium' (the station's headless Chromium), 'cli', 'window' (report.printed). */
  readonly via: string;
  /** Whether it also went to a printer (false: the PDF only, or the print dialog was cancelled). */
  readonly paper?: boolean;
}

export const PRINT_AUDIT = { action: 'print_handover', entity: 'handover_report' } as const;

/** The audit entry "printed handover": window (ms and ISO), format, pages and the PDF's SHA-256. */
export function recordPrint(audit: AuditLog, r: PrintRecord, reason: string | null = null): void {
  audit.append({
    staffId: r.staffId,
    ...PRINT_AUDIT,
    entityId: r.episodeId,
    after: { from: r.from, to: r.to, fromIso: new Date(r.from).toISOString(), toIso: new Date(r.to).toISOString(), format: r.format, pages: r.pages, sha256: r.sha256, via: r.via, ...(r.paper === undefined ? {} : { paper: r.paper }) },
    reason,
  });
}
