// The handover in words: grades with their confirmation (the CRS/ICANS panel's rule), due times, events and the
// running header and footer the printer puts on every page. Every value goes through the screens' own formatters.
import type { ConfirmationView, Grade, GradeKind } from '../../../../shared/api/methods/clinical';
import type { ClinicalEvent } from '../../../../shared/clinical/events';
import { eventMessage } from '../../../../shared/clinical/said';
import { TOCILIZUMAB } from '../../../../shared/episode/tocilizumab';
import type { ReportPrintMeta } from '../../../../shared/report/route';
import type { EventLine, HandoverReport } from '../../../../shared/report/types';
import { confirmationState, gradeLabel, spanDays } from '../clinical/grades';
import { dayLabel } from '../../ui/format/day';
import { formatDateTime, formatSince } from '../../ui/format/time';
import { i18n } from '../../i18n';
import { say } from '../../i18n/said';
import { HOUR_MS } from '../../../../shared/time';

export interface GradeWords {
  /** "CRS: Grade 1" (the confirmed grade when a physician chose another). */
  readonly line: string;
  /** "suggested (not confirmed)" or "confirmed by … at …". */
  readonly status: string;
  readonly confirmed: boolean;
}

/** A grade and its confirmation, decided exactly as the CRS/ICANS panel decides it (confirmationState); a confirmed
 * past course is named with its Days and compared with the suggestion for that course, never with the grade now. */
export function gradeWords(kind: GradeKind, suggested: Grade, confirmation: ConfirmationView | null, infusionTime: number | null = null): GradeWords {
  const kindText = i18n.t(`report.table.${kind}`);
  const state = confirmationState(suggested, confirmation);
  if (confirmation !== null && confirmation.covers !== null && state === 'past') {
    const args = { days: spanDays(confirmation.covers, infusionTime), grade: gradeLabel(confirmation.confirmed), name: confirmation.by, time: formatDateTime(confirmation.at), suggested: gradeLabel(confirmation.suggested) };
    return { line: i18n.t('report.grade.line', { kind: kindText, grade: gradeLabel(suggested) }), status: i18n.t('report.grade.past', args), confirmed: false };
  }
  if (confirmation !== null && state === 'agrees')
    return { line: i18n.t('report.grade.line', { kind: kindText, grade: gradeLabel(suggested) }), status: i18n.t('report.grade.confirmed', { name: confirmation.by, time: formatDateTime(confirmation.at) }), confirmed: true };
  if (confirmation !== null && state === 'changed')
    return {
      line: i18n.t('report.grade.line', { kind: kindText, grade: gradeLabel(confirmation.confirmed) }),
      status: i18n.t('report.grade.changed', { grade: gradeLabel(confirmation.confirmed), name: confirmation.by, time: formatDateTime(confirmation.at), suggested: gradeLabel(suggested) }),
      confirmed: true,
    };
  return { line: i18n.t('report.grade.line', { kind: kindText, grade: gradeLabel(suggested) }), status: i18n.t('report.grade.suggested'), confirmed: false };
}

/** The grades still awaiting a physician: unconfirmed (or outdated) and not grade 0. */
export function gradeTasks(grades: HandoverReport['grades']): { kind: GradeKind; grade: Grade }[] {
  if (grades === null) return [];
  return [grades.crs, grades.icans].filter((g) => g.suggested !== 0 && !gradeWords(g.kind, g.suggested, g.confirmation).confirmed).map((g) => ({ kind: g.kind, grade: g.suggested }));
}

/** The engine's words for a documented event (as the treatments screen shows it), in the window's language. */
export function eventText(e: EventLine): string {
  try {
    return say(eventMessage({ ...e.data, kind: e.kind, time: e.time, id: `entry:${e.id}` } as unknown as ClinicalEvent));
  } catch {
    return e.kind;
  }
}

/** A time as the report prints it: the date too when it is not the day of the report's end. */
export function when(t: number, report: HandoverReport): string {
  return formatSince(t, report.window.asOf);
}

export function windowText(report: HandoverReport): { from: string; to: string } {
  return { from: formatDateTime(report.window.from), to: formatDateTime(report.window.to) };
}

export function iceText(report: HandoverReport): string {
  const ice = report.actions.ice;
  const hours = ice.intervalMs / HOUR_MS;
  if (ice.dueAt === null || ice.lastAt === null) return i18n.t('report.actions.iceNever', { hours });
  const args = { time: when(ice.dueAt, report), total: ice.lastTotal ?? '—', last: when(ice.lastAt, report), hours };
  return i18n.t(ice.overdue ? 'report.actions.iceOverdue' : 'report.actions.iceDue', args);
}

export function tocilizumabText(report: HandoverReport): { next: string; count: string } {
  const t = report.actions.tocilizumab;
  const next =
    t.totalReached ? i18n.t('report.actions.tociTotal', { max: TOCILIZUMAB.maxDosesTotal })
    : t.earliestAt === null ? i18n.t('report.actions.tociNone')
    : t.earliestAt <= report.window.asOf ? i18n.t('report.actions.tociNow')
    : i18n.t('report.actions.tociAt', { time: when(t.earliestAt, report) });
  const count = i18n.t('report.actions.tociCount', {
    in24h: t.in24h,
    total: t.total,
    hours: TOCILIZUMAB.repeatIntervalHours,
    max24: TOCILIZUMAB.maxDosesIn24h,
    maxTotal: TOCILIZUMAB.maxDosesTotal,
  });
  return { next, count };
}

/** What the printer repeats on every page: the patient line (and DEMO), who printed it and when, page X of Y. */
export function printMeta(report: HandoverReport, printedBy: string | null): ReportPrintMeta {
  const w = windowText(report);
  return {
    header: i18n.t('report.header.running', { name: report.patient.name, mrn: report.patient.mrn, day: dayLabel(report.episode.day), from: w.from, to: w.to }),
    demo: report.isDemo ? i18n.t('report.demo') : null,
    footer: i18n.t('report.header.footer', { name: printedBy ?? '—', time: formatDateTime(report.generatedAt) }),
    pageOf: i18n.t('report.header.pageOf'),
  };
}
