// The shift handover report: the report of a window (default: the shift that is ending), the nurse's severity and
// situation notes, printing through the shell (or the station's own Chromium), and the audit of every print.
import { z } from 'zod';
import { ILLNESS_SEVERITIES, REPORT_FORMATS, type HandoverNote, type HandoverReport, type ReportFormat } from '../../report/types';
import { MAX_REPORT_WINDOW_MS } from '../../report/charts';

export type { HandoverReport, HandoverNote, ReportFormat } from '../../report/types';

const time = z.number().int().positive();
const windowOk = (w: { from?: number | undefined; to?: number | undefined }) => w.from === undefined || w.to === undefined || w.to > w.from;
const windowShort = (w: { from?: number | undefined; to?: number | undefined }) => w.from === undefined || w.to === undefined || w.to - w.from <= MAX_REPORT_WINDOW_MS;
const checks = <T extends z.ZodType<{ from?: number | undefined; to?: number | undefined }>>(schema: T) =>
  schema
    .refine(windowOk, { message: 'to must be after from', path: ['to'] })
    .refine(windowShort, { message: 'a report covers at most 31 days', path: ['to'] });

export const reportMethods = {
  /** The report of a window; without from/to, the shift that is ending (shared/report/shift.ts). */
  'report.handover': {
    access: 'public',
    input: checks(
      z
        .object({ from: time.optional(), to: time.optional(), episodeId: z.number().int().positive().optional() })
        .strict()
        .refine((w) => (w.from === undefined) === (w.to === undefined), { message: 'give both from and to, or neither', path: ['from'] }),
    ),
  },
  /** The nurse's illness severity and situation awareness for a window (stored as an episode entry, audited). */
  'report.notes': {
    access: 'clinical',
    input: checks(z.object({ from: time, to: time, severity: z.enum(ILLNESS_SEVERITIES), situation: z.string().trim().max(2000) }).strict()),
  },
  /** Prints the report of a window through the shell (Electron) or the station's Chromium; records the print. */
  'report.print': {
    access: 'staff',
    input: checks(z.object({ from: time, to: time, format: z.enum(REPORT_FORMATS).default('A4') }).strict()),
  },
  /** Records a print made elsewhere: its window and the SHA-256 of the PDF. */
  'report.printed': {
    access: 'staff',
    input: checks(
      z
        .object({
          from: time,
          to: time,
          sha256: z.string().regex(/^[0-9a-f]{64}$/, 'a SHA-256 in lower-case hex'),
          pages: z.number().int().positive().max(500),
          format: z.enum(REPORT_FORMATS),
        })
        .strict(),
    ),
  },
} as const;

export interface PrintResult {
  readonly from: number;
  readonly to: number;
  readonly format: ReportFormat;
  readonly sha256: string;
  readonly pages: number;
  readonly bytes: number;
  /** True when the shell sent it to a printer; false when only the PDF was made (the window then prints it). */
  readonly paper: boolean;
}

export interface ReportResults {
  'report.handover': HandoverReport;
  'report.notes': HandoverNote;
  'report.print': PrintResult;
  'report.printed': null;
}
