// The print page's route: index.html#/report/handover?from=…&to=…&format=A4|Letter (the station's token, in browser
// mode, stays in the query before the #). Built by the printers, parsed by the window.
import { REPORT_FORMATS, type ReportFormat } from './types';

export const REPORT_PATH = '/report/handover';

export interface ReportRoute {
  readonly from: number;
  readonly to: number;
  readonly format: ReportFormat;
  readonly episodeId: number | null;
  /** Who asked for the print (shown in the page footer); null in a preview. */
  readonly printedBy: string | null;
  readonly lang: string | null;
}

/** What the print page announces on `window` once it has rendered, for the printer to read. */
export interface ReportPrintMeta {
  /** The running header: patient line, window. */
  readonly header: string;
  /** "DEMO" on every page of a demonstration episode, else null. */
  readonly demo: string | null;
  /** Printed by whom and when. */
  readonly footer: string;
  /** "Page [[page]] of [[pages]]" in the page's language. */
  readonly pageOf: string;
}

/** Page margins in millimetres (CSS @page and the printers' options): room for the running header and footer. */
export const PRINT_MARGINS_MM = { top: 16, bottom: 14, left: 10, right: 10 } as const;

export const READY_FLAG = '__vigilReportReady';
export const META_KEY = '__vigilReportPrint';
export const ERROR_KEY = '__vigilReportError';
/** A loaded print page's function on `window`: draws another route (a hash) in place, for a warm printer to reuse the page. */
export const SHOW_KEY = '__vigilReportShow';

export function reportHash(route: Omit<ReportRoute, 'episodeId' | 'printedBy' | 'lang'> & Partial<ReportRoute>): string {
  const q = new URLSearchParams({ from: String(route.from), to: String(route.to), format: route.format });
  if (route.episodeId != null) q.set('episode', String(route.episodeId));
  if (route.printedBy) q.set('by', route.printedBy);
  if (route.lang) q.set('lang', route.lang);
  return `${REPORT_PATH}?${q.toString()}`;
}

function time(value: string | null): number | null {
  if (value === null || value === '') return null;
  const t = /^\d+$/.test(value) ? Number(value) : Date.parse(value);
  return Number.isFinite(t) ? t : null;
}

/** The route in `location.hash` ("#/report/handover?…"), or null when the hash is not the report route or is malformed. */
export function parseReportHash(hash: string): ReportRoute | null {
  const text = hash.startsWith('#') ? hash.slice(1) : hash;
  const [path, query = ''] = text.split('?', 2);
  if (path !== REPORT_PATH) return null;
  const q = new URLSearchParams(query);
  const from = time(q.get('from'));
  const to = time(q.get('to'));
  const format = q.get('format') ?? 'A4';
  if (from === null || to === null || to <= from || !(REPORT_FORMATS as readonly string[]).includes(format)) return null;
  const episode = Number(q.get('episode'));
  return {
    from,
    to,
    format: format as ReportFormat,
    episodeId: Number.isInteger(episode) && episode > 0 ? episode : null,
    printedBy: q.get('by'),
    lang: q.get('lang'),
  };
}

/** Whether the hash asks for the report route at all (a malformed one still shows the print page, with its error). */
export function isReportHash(hash: string): boolean {
  return hash.replace(/^#/, '').split('?')[0] === REPORT_PATH;
}
