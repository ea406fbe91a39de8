// The report API: the handover of a window (default: the shift that is ending), the nurse's notes, printing through
// the registered printer, and the audit of every print. Each change is one transaction and one audit entry.
import type { HandlersFor } from '../api/dispatcher';
import type { reportMethods } from '../../../shared/api/methods/report';
import { StationError } from '../api/dispatcher';
import { endingShift } from '../../../shared/report/shift';
import type { HandoverNote } from '../../../shared/report/types';
import type { AuditLog } from '../repositories/audit';
import type { EpisodeRepository, EpisodeRow } from '../episode/episodes';
import { buildHandoverReport, type HandoverSources, type ReportWindow } from './handover';
import { HANDOVER_NOTE_KIND } from './sections';
import { pdfPageCount, recordPrint, sha256Hex, type ReportPrinter } from './print';
import { errorDetail, errorMessage } from '../../../shared/errors';

export interface ReportDeps extends HandoverSources {
  readonly episodes: EpisodeRepository;
  readonly audit: AuditLog;
  readonly now: () => number;
  readonly transaction: <T>(work: () => T) => T;
  /** Told after a note is saved, so windows refresh. */
  readonly changed: (episodeId: number) => void;
  /** The shell's printer when it registered one, else the station's headless Chromium. */
  readonly printer: () => ReportPrinter;
  readonly log: (line: string) => void;
}

export type ReportHandlers = HandlersFor<typeof reportMethods>;

/** The admitted patient's episode, or the most recent one (a handover can be printed after discharge). */
export function reportEpisode(episodes: EpisodeRepository, db: HandoverSources['db']): EpisodeRow | null {
  const open = episodes.open();
  if (open) return open;
  const id = db.prepare('SELECT id FROM episodes ORDER BY admitted_ms DESC, id DESC LIMIT 1').pluck().get() as number | undefined;
  return id === undefined ? null : episodes.byId(id);
}

export function reportWindow(now: number, from?: number, to?: number): ReportWindow {
  const shift = endingShift(now);
  if (from === undefined || to === undefined) return { ...shift, isDefaultShift: true };
  return { from, to, isDefaultShift: from === shift.from && to === shift.to };
}

export function createReportHandlers(deps: ReportDeps): ReportHandlers {
  const episodeFor = (episodeId?: number): EpisodeRow => {
    const episode = episodeId === undefined ? deps.episodes.open() : deps.episodes.byId(episodeId);
    if (!episode) throw new StationError('not_found', episodeId === undefined ? 'No patient is admitted to this station.' : `episodeId: no episode ${episodeId}.`);
    return episode;
  };
  return {
    'report.handover': ({ from, to, episodeId }) => {
      const now = deps.now();
      return buildHandoverReport(deps, episodeFor(episodeId), reportWindow(now, from, to), now);
    },
    'report.notes': ({ from, to, severity, situation }, { user }) => {
      const member = user!;
      const now = deps.now();
      const data = { from, to, severity, situation };
      const episodeId = deps.transaction(() => {
        const episode = episodeFor();
        const previous = deps.entries.current(episode.id, [HANDOVER_NOTE_KIND]).filter((e) => (e.data as HandoverNote).from === from && (e.data as HandoverNote).to === to).at(-1);
        const id = deps.entries.add(episode.id, HANDOVER_NOTE_KIND, data, now, member.id, now, previous?.id ?? null, previous ? 'handover note changed' : null);
        if (previous) deps.entries.supersede(previous.id, id);
        deps.audit.append({ staffId: member.id, action: previous ? 'replace' : 'create', entity: 'entry', entityId: id, before: previous?.data, after: data });
        return episode.id;
      });
      deps.changed(episodeId);
      return { ...data, by: member.name, at: now };
    },
    'report.print': async ({ from, to, format }, { user }) => {
      const member = user!;
      const episode = episodeFor();
      const printer = deps.printer();
      let printed;
      try {
        printed = await printer.print({ from, to, format, episodeId: episode.id, printedBy: member.name });
      } catch (error) {
        deps.log(`vigil: report.print failed: ${errorDetail(error)}`);
        throw new StationError('internal', `The handover could not be printed: ${errorMessage(error)}`);
      }
      const sha256 = sha256Hex(printed.pdf);
      const pages = pdfPageCount(printed.pdf);
      recordPrint(deps.audit, { staffId: member.id, episodeId: episode.id, from, to, format, sha256, pages, via: printer.via, paper: printed.paper });
      return { from, to, format, sha256, pages, bytes: printed.pdf.byteLength, paper: printed.paper };
    },
    'report.printed': ({ from, to, sha256, pages, format }, { user }) => {
      recordPrint(deps.audit, { staffId: user!.id, episodeId: episodeFor().id, from, to, format, sha256, pages, via: 'window' });
      return null;
    },
  };
}
