// One line in words for each kind of entry (checklist cards and the timeline).
import type { ChecklistData, InfusionRecord } from '../../../../shared/episode/records';
import { i18n } from '../../i18n';
import { formatClock, formatIsoDate } from '../../ui/format/time';
import { formatAmount, formatNumber } from '../../ui/format/values';
import { toDisplayValue, tempUnitLabel } from '../../ui/format/temperature';
import { UCUM } from '../../../../shared/units';
import type { TempUnit } from '../../ui/prefs/preferences';
import { cellsToMillions } from '../../ui/form/cells';
import type { VitalsNumbers } from './vitals';
import { drugText, recordedText } from '../../ui/format/recorded';

const KNOWN_KINDS = ['lymphodepletion', 'infection_screening', 'cns_evaluation', 'seizure_prophylaxis', 'baseline', 'timing_override', 'baseline_acknowledgement', 'infusion', 'signoff_nurse', 'signoff_physician'] as const;
type KnownKind = (typeof KNOWN_KINDS)[number];

export function isKnownKind(kind: string): kind is KnownKind {
  return (KNOWN_KINDS as readonly string[]).includes(kind);
}

export function kindLabel(kind: string): string {
  return isKnownKind(kind) ? i18n.t(`items.${kind}`) : i18n.t('items.unknown', { kind });
}

const num = (v: number | null, decimals = 0): string => (v === null ? '—' : formatNumber(v, decimals));

export function vitalsSummary(v: VitalsNumbers, tempUnit: TempUnit): string {
  const temp = v.tempC === null ? '—' : `${formatNumber(toDisplayValue(v.tempC, UCUM.celsius, tempUnit), 1)} ${tempUnitLabel(tempUnit)}`;
  return i18n.t('vitals.summary', { hr: num(v.hr), sbp: num(v.sbp), dbp: num(v.dbp), spo2: num(v.spo2), rr: num(v.rr), temp });
}

export function infusionSummary(r: InfusionRecord): string {
  return i18n.t('infusion.summary', { cells: formatAmount(cellsToMillions(r.cellsInfused), 3), lot: r.lot, start: formatClock(r.startTime), end: formatClock(r.endTime) });
}

/** The entry's data in one line; unknown kinds (sign-offs) have none. */
export function entrySummary(kind: string, data: unknown, tempUnit: TempUnit): string | null {
  switch (kind) {
    case 'lymphodepletion': {
      const d = data as ChecklistData<'lymphodepletion'>;
      return i18n.t('checklist.lymphodepletion.summary', { regimen: recordedText(d.regimen), last: formatIsoDate([...d.days].sort().at(-1) ?? '') });
    }
    case 'infection_screening': {
      const d = data as ChecklistData<'infection_screening'>;
      return i18n.t(d.activeInfection ? 'checklist.infection.summaryActive' : 'checklist.infection.summary', { result: i18n.t(`checklist.infection.${d.result}`), date: formatIsoDate(d.date) });
    }
    case 'cns_evaluation': {
      const d = data as ChecklistData<'cns_evaluation'>;
      return i18n.t('checklist.cns.summary', { decision: i18n.t(`checklist.cns.${d.decision}`), physician: d.physicianName });
    }
    case 'seizure_prophylaxis': {
      const d = data as ChecklistData<'seizure_prophylaxis'>;
      return d.given
        ? i18n.t('checklist.seizure.summaryGiven', { drug: drugText(d.drug), dose: formatAmount(d.doseMg), frequency: d.frequency, date: formatIsoDate(d.startDate) })
        : i18n.t('checklist.seizure.summaryNotGiven', { reason: d.reason });
    }
    case 'baseline': {
      const d = data as ChecklistData<'baseline'>;
      const source = d.source === 'monitor' ? i18n.t('checklist.baseline.sourceMonitor') : i18n.t('checklist.baseline.sourceManual');
      return i18n.t('checklist.baseline.summary', { ice: d.iceScore, vitals: vitalsSummary(d, tempUnit), source });
    }
    case 'timing_override':
      return (data as ChecklistData<'timing_override'>).reason;
    case 'baseline_acknowledgement': {
      const d = data as ChecklistData<'baseline_acknowledgement'>;
      return i18n.t('checklist.acknowledgementSummary', { findings: d.findings.map((f) => i18n.t(`checklist.findings.${f}`)).join(', '), reason: d.reason });
    }
    case 'infusion':
      return infusionSummary(data as InfusionRecord);
    default:
      return null;
  }
}
