// Evidence: which readings and events, which rule and which threshold produced a grade or a flag.
import { dayNumber, formatDay } from '../episode/day';
import type { ClinicalEvent, EventSource } from './events';
import { ruleLabel, RULES, type RuleId } from './rules';
import type { ThresholdRef } from './thresholds';
import { iceScore, vitalValue } from './values';

const HOUR_MS = 3_600_000;

/** One reading or event a rule used. */
export interface EvidenceItem {
  readonly time: number;
  /** Relative to the infusion, e.g. "Day +6, +166.0 h". */
  readonly at: string;
  readonly kind: ClinicalEvent['kind'];
  readonly source: EventSource;
  readonly summary: string;
  readonly id?: string;
}

export interface Evidence {
  readonly rule: RuleId;
  readonly ruleVersion: string;
  /** The level this rule gave its domain (a grade 0–4), where it gives one. */
  readonly level?: number;
  /** One sentence a nurse can read, ending with the rule and its version. */
  readonly text: string;
  readonly thresholds: readonly ThresholdRef[];
  readonly items: readonly EvidenceItem[];
}

export function evidence(rule: RuleId, text: string, items: readonly EvidenceItem[], thresholds: readonly ThresholdRef[] = [], level?: number): Evidence {
  return { rule, ruleVersion: RULES[rule].version, ...(level !== undefined ? { level } : {}), text: `${text} (${ruleLabel(rule)})`, thresholds, items };
}

/** "Day +6, +166.0 h": the Day as on the screens (shared/episode/day.ts), then the exact hours since the infusion start. */
export function formatAt(time: number, infusionAt: number): string {
  const hours = (time - infusionAt) / HOUR_MS;
  return `${formatDay(dayNumber(time, infusionAt))}, ${hours < 0 ? '−' : '+'}${Math.abs(hours).toFixed(1)} h`;
}

const VITAL_LABEL = { temp: 'temperature', sbp: 'SBP', map: 'MAP', hr: 'HR', rr: 'RR', spo2: 'SpO2' } as const;
const VITAL_UNIT = { sbp: 'mmHg', map: 'mmHg', hr: '/min', rr: '/min', spo2: '%' } as const;

export function formatNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Math.round(value * 100) / 100);
}

/** A short description of one event, e.g. "temperature 38.6 °C (monitor, axillary)". */
export function describeEvent(e: ClinicalEvent): string {
  switch (e.kind) {
    case 'vital': {
      const via = [e.source, e.site, e.confirmed ? 'confirmed' : undefined].filter(Boolean).join(', ');
      if (e.param === 'temp') {
        const c = vitalValue(e);
        const f = e.unit === '[degF]' ? `${formatNumber(e.value)} °F = ` : '';
        return `temperature ${f}${c === null ? `${e.value} ${e.unit}` : `${formatNumber(c)} °C`} (${via})`;
      }
      return `${VITAL_LABEL[e.param]} ${formatNumber(e.value)} ${VITAL_UNIT[e.param]} (${via})`;
    }
    case 'oxygen':
      return `oxygen: ${e.device.replaceAll('_', ' ')}${e.flowLMin !== undefined ? ` ${formatNumber(e.flowLMin)} L/min` : ''}${e.fio2 !== undefined ? ` FiO2 ${e.fio2}` : ''}`;
    case 'vasopressor':
      return `${e.drug.replaceAll('_', ' ')} ${e.action}${e.dose !== undefined ? ` ${formatNumber(e.dose)}${e.doseUnit ? ` ${e.doseUnit}` : ''}` : ''}`;
    case 'medication':
      return `${e.drug} (${e.drugClass.replaceAll('_', ' ')}${e.indication ? `, for ${e.indication}` : ''})${e.doseText ? ` ${e.doseText}` : ''}`;
    case 'fluid_bolus':
      return `fluid bolus${e.volumeMl !== undefined ? ` ${formatNumber(e.volumeMl)} mL` : ''}`;
    case 'neuro': {
      const parts: string[] = [];
      if (e.ice) {
        const s = iceScore(e.ice);
        parts.push(`ICE ${s.total}/10${s.lost.length ? ` (lost: ${s.lost.join(', ')})` : ''}`);
      } else if (e.iceNotAssessableReason) parts.push(`ICE not assessable (${e.iceNotAssessableReason})`);
      if (e.consciousness) parts.push(e.consciousness.replaceAll('_', ' '));
      if (e.deepFocalMotorWeakness) parts.push('deep focal motor weakness');
      if (e.icpSigns?.length) parts.push(e.icpSigns.join(', ').replaceAll('_', ' '));
      if (e.otherFindings?.length) parts.push(`other: ${e.otherFindings.join(', ')}`);
      return `neuro assessment: ${parts.join('; ') || 'no findings recorded'}`;
    }
    case 'seizure':
      return `seizure (${e.seizureType.replaceAll('_', ' ')}${e.durationMin !== undefined ? `, ${formatNumber(e.durationMin)} min` : ', duration unknown'}${e.resolved === false ? ', not resolved' : ''}${e.repetitiveWithoutReturnToBaseline ? ', repetitive without return to baseline' : ''})`;
    case 'imaging':
      return `${e.modality ?? 'imaging'}: ${e.finding.replaceAll('_', ' ')}`;
    case 'attribution':
      return `${e.source} ${e.active ? 'attributes' : 'withdraws attribution of'} ${e.target.replaceAll('_', ' ')}${e.cause ? ` to ${e.cause}` : ''}${e.effectiveFrom !== undefined ? ' (effective from an earlier time)' : ''}`;
    case 'lab':
      return `${e.analyte} ${formatNumber(e.value)} ${e.unit}`;
    case 'note':
      return `note: ${e.text}`;
  }
}

export function item(e: ClinicalEvent, infusionAt: number): EvidenceItem {
  return { time: e.time, at: formatAt(e.time, infusionAt), kind: e.kind, source: e.source, summary: describeEvent(e), ...(e.id ? { id: e.id } : {}) };
}

/** "summary at Day +6, +166.0 h" for the evidence sentences. */
export function said(e: ClinicalEvent, infusionAt: number): string {
  return `${describeEvent(e)} at ${formatAt(e.time, infusionAt)}`;
}
