// The engine's words as messages (shared/messages): event descriptions, times relative to the infusion, lists and
// monitor confirmations, so the window can say them in its own language; English is rendered from the same messages.
import { dayNumber } from '../episode/day';
import { message, type Message, type MessageParam } from '../messages/message';
import { ICE_TERMS, KNOWN_SITES } from '../messages/clinical.en';
import type { Confirmation } from './confirmation';
import { OTHER_NEURO_FINDINGS, type ClinicalEvent } from './events';
import { iceScore, vitalValue } from './values';
import { drugName } from './drugs';
import { HOUR_MS } from '../time';

export const term = (group: string, value: string): Message => message(`said.term.${group}.${value}`);

/** "a, b, c" (or "a; b", "a and b"): nested so that each language puts its own separator between the items. */
export function list(items: readonly MessageParam[], joiner: 'comma' | 'semicolon' | 'and' = 'comma'): MessageParam {
  if (items.length <= 1) return items[0] ?? '';
  return message(`said.list.${joiner}`, { first: items[0]!, rest: list(items.slice(1), joiner) });
}

/** The Day as on the screens (shared/episode/day.ts) as a message. */
export function dayMessage(day: number | null): Message {
  if (day === null) return message('said.time.dayNone');
  if (day === 0) return message('said.time.dayZero');
  return day > 0 ? message('said.time.dayPlus', { n: day }) : message('said.time.dayMinus', { n: Math.abs(day) });
}

/** "Day +6, +166.0 h": the Day, then the exact hours since the infusion start. */
export function atMessage(time: number, infusionAt: number): Message {
  const hours = (time - infusionAt) / HOUR_MS;
  return message('said.time.at', { day: dayMessage(dayNumber(time, infusionAt)), hours: `${hours < 0 ? '−' : '+'}${Math.abs(hours).toFixed(1)}` });
}

export function formatNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Math.round(value * 100) / 100);
}

/** A temperature as a thermometer shows it: one decimal (#18: "39.24 °C" was seen), the rules keep the exact value. */
export function formatTemperature(value: number): string {
  return value.toFixed(1);
}

const VITAL_LABEL = { sbp: 'SBP', map: 'MAP', hr: 'HR', rr: 'RR', spo2: 'SpO2' } as const;
const VITAL_UNIT = { sbp: 'mmHg', map: 'mmHg', hr: '/min', rr: '/min', spo2: '%' } as const;
const ICE_TERM_OF: Readonly<Record<string, keyof typeof ICE_TERMS>> = Object.fromEntries(Object.entries(ICE_TERMS).map(([key, words]) => [words, key as keyof typeof ICE_TERMS]));
/** A temperature site in words; one the window has no words for is shown as documented. */
export const knownSite = (site: string): MessageParam => ((KNOWN_SITES as readonly string[]).includes(site) ? term('site', site) : site);
/** A finding from the list in words; free text is shown as documented. */
const knownFinding = (finding: string): MessageParam => ((OTHER_NEURO_FINDINGS as readonly string[]).includes(finding) ? term('otherFinding', finding) : finding);

/** One lost ICE item or domain ("writing", "naming 2/3") in words. */
export function iceLost(lost: string): MessageParam {
  const partial = /^(.*) (\d+\/\d+)$/.exec(lost);
  const name = partial ? partial[1]! : lost;
  const named: MessageParam = ICE_TERM_OF[name] ? term('ice', ICE_TERM_OF[name]) : name;
  return partial ? message('said.event.iceDomain', { domain: named, score: partial[2]! }) : named;
}

/** A short description of one event, e.g. "temperature 38.6 °C (monitor, axillary)". */
export function eventMessage(e: ClinicalEvent): Message {
  const E = 'said.event.';
  switch (e.kind) {
    case 'vital': {
      const via = list([term('source', e.source), ...(e.site ? [knownSite(e.site)] : []), ...(e.confirmed ? [message('said.term.confirmed')] : [])]);
      if (e.param === 'temp') {
        const c = vitalValue(e);
        const f = e.unit === '[degF]' ? `${formatTemperature(e.value)} °F = ` : '';
        return message(`${E}temp`, { value: `${f}${c === null ? `${e.value} ${e.unit}` : `${formatTemperature(c)} °C`}`, via });
      }
      return message(`${E}vital`, { label: VITAL_LABEL[e.param], value: formatNumber(e.value), unit: VITAL_UNIT[e.param], via });
    }
    case 'oxygen':
      return message(`${E}oxygen`, { device: term('device', e.device), flow: e.flowLMin !== undefined ? ` ${formatNumber(e.flowLMin)} L/min` : '', fio2: e.fio2 !== undefined ? ` FiO2 ${e.fio2}` : '' });
    case 'vasopressor':
      return message(`${E}vasopressor`, { drug: drugName(e.drug), action: term('action', e.action), dose: e.dose !== undefined ? ` ${formatNumber(e.dose)}${e.doseUnit ? ` ${e.doseUnit}` : ''}` : '' });
    case 'medication':
      return message(`${E}medication`, {
        drug: drugName(e.drug),
        drugClass: term('drugClass', e.drugClass),
        indication: e.indication ? message(`${E}forIndication`, { indication: term('indication', e.indication) }) : '',
        doseText: e.doseText ? ` ${e.doseText}` : '',
      });
    case 'fluid_bolus':
      return message(`${E}fluidBolus`, { volume: e.volumeMl !== undefined ? ` ${formatNumber(e.volumeMl)} mL` : '' });
    case 'neuro': {
      const parts: MessageParam[] = [];
      if (e.ice) {
        const s = iceScore(e.ice);
        parts.push(s.lost.length ? message(`${E}iceLost`, { total: s.total, lost: list(s.lost.map(iceLost)) }) : message(`${E}ice`, { total: s.total }));
      } else if (e.iceNotAssessableReason) parts.push(message(`${E}iceNotAssessable`, { reason: e.iceNotAssessableReason }));
      if (e.consciousness) parts.push(term('consciousness', e.consciousness));
      if (e.deepFocalMotorWeakness) parts.push(message(`${E}motorWeakness`));
      if (e.icpSigns?.length) parts.push(list(e.icpSigns.map((s) => term('icpSign', s))));
      if (e.otherFindings?.length) parts.push(message(`${E}other`, { findings: list(e.otherFindings.map(knownFinding)) }));
      return message(`${E}neuro`, { parts: parts.length ? list(parts, 'semicolon') : message(`${E}noFindings`) });
    }
    case 'seizure':
      return message(`${E}seizure`, {
        type: term('seizureType', e.seizureType),
        duration: e.durationMin !== undefined ? message(`${E}minutes`, { n: formatNumber(e.durationMin) }) : message(`${E}durationUnknown`),
        notResolved: e.resolved === false ? message(`${E}notResolved`) : '',
        repetitive: e.repetitiveWithoutReturnToBaseline ? message(`${E}repetitive`) : '',
      });
    case 'imaging':
      return message(`${E}imaging`, { modality: e.modality ?? message('said.term.imaging'), finding: term('imagingFinding', e.finding) });
    case 'attribution':
      return message(e.active ? `${E}attributes` : `${E}withdraws`, {
        source: term('source', e.source),
        target: term('target', e.target),
        cause: e.cause ? message(`${E}toCause`, { cause: e.cause }) : '',
        earlier: e.effectiveFrom !== undefined ? message(`${E}earlier`) : '',
      });
    case 'lab':
      return message(`${E}lab`, { analyte: e.analyte, value: formatNumber(e.value), unit: e.unit });
    case 'note':
      return message(`${E}note`, { text: e.text });
  }
}

/** "summary at Day +6, +166.0 h" for the evidence sentences. */
export function saidAt(e: ClinicalEvent, infusionAt: number): Message {
  return message('said.event.at', { event: eventMessage(e), at: atMessage(e.time, infusionAt) });
}

/** How a monitor value was confirmed (or why it is still waiting), times as `at` says them. */
export function confirmationMessage(c: Confirmation, at: (t: number) => MessageParam): Message {
  const C = 'said.confirmation.';
  switch (c.status) {
    case 'not_needed':
      return message(`${C}notNeeded`);
    case 'pending':
      return message(`${C}pending`, { persisted: Math.round(c.persistedMs / 1000), required: Math.round(c.requiredMs / 1000) });
    case 'confirmed':
      switch (c.by) {
        case 'persistence':
          return message(`${C}persistence`, { count: c.count, from: at(c.from), to: at(c.to) });
        case 'manual_reading':
          return message(`${C}manualReading`, { at: at(c.reading.time) });
        case 'manual':
          return message(`${C}manual`);
        case 'nurse':
          return message(`${C}nurse`);
        case 'not_required':
          return message(`${C}notRequired`);
      }
  }
}
