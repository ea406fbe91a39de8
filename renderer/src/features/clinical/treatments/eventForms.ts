// Treatments and assessments as forms: what was typed → the `event` of events.record, checked with the shared
// schema (documentedEventSchema). Times are the ward's local wall clock ("when it happened", not when typed).
// Error keys are the form's field names.
import { documentedEventSchema, type DocumentedEvent } from '../../../../../shared/api/methods/clinical';
import type { AttributionTarget, MedicationClass, MedicationIndication, O2Device, VasoactiveDrug } from '../../../../../shared/clinical/events';
import { fromDateTimeLocal } from '../../../ui/form/datetime';
import { issuesToErrors, joinPath, type PathToField } from '../../../ui/form/issues';
import { Errors, type Converted } from '../../../ui/form/result';
import { i18n } from '../../../i18n';
import { MINUTE_MS } from '../../../../../shared/time';

/** A documented time may lie this far ahead of the station's clock (clocks of two machines differ a little). */
const FUTURE_TOLERANCE_MS = 5 * MINUTE_MS;

export type EventKind = DocumentedEvent['kind'];

/** Checks an event with the shared schema; schema paths map to form fields. */
export function checkEvent(event: unknown, toField: PathToField = joinPath): Converted<DocumentedEvent> {
  const parsed = documentedEventSchema.safeParse(event);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, errors: issuesToErrors(parsed.error.issues, toField) };
}

/** The "when" field: required, a real local date and time, not in the future. */
export function eventTime(e: Errors, text: string, now: number): number {
  if (text.trim() === '') {
    e.add('time', { code: 'required' });
    return 0;
  }
  const time = fromDateTimeLocal(text);
  if (time === null) e.add('time', { code: 'dateTime' });
  else if (time > now + FUTURE_TOLERANCE_MS) e.add('time', { text: i18n.t('treatments.errors.future') });
  return time ?? 0;
}

function choice<T extends string>(e: Errors, field: string, value: T | ''): T {
  if (value === '') e.add(field, { code: 'choose' });
  return value as T;
}

// ---- oxygen -------------------------------------------------------------------------------------------------------

export interface OxygenValues {
  readonly time: string;
  readonly device: O2Device | '';
  readonly flow: string;
  /** FiO2 typed in % (21–100); stored as a fraction. */
  readonly fio2: string;
}

/** Devices whose flow decides the grade (low flow ≤ 6 L/min vs high flow): the flow is required for them. */
export const FLOW_REQUIRED: ReadonlySet<O2Device> = new Set(['nasal_cannula', 'hfnc']);

export function convertOxygen(v: OxygenValues, now: number): Converted<DocumentedEvent> {
  const e = new Errors();
  const time = eventTime(e, v.time, now);
  const device = choice(e, 'device', v.device);
  const roomAir = device === 'room_air';
  const flow = roomAir ? null : e.number('flow', v.flow, { optional: !FLOW_REQUIRED.has(device) });
  const fio2 = roomAir ? null : e.number('fio2', v.fio2, { optional: true });
  if (fio2 !== null && (fio2 < 21 || fio2 > 100)) e.add('fio2', { code: fio2 < 21 ? 'tooSmall' : 'tooBig', params: fio2 < 21 ? { min: 21 } : { max: 100 } });
  if (e.any) return { ok: false, errors: e.all };
  const toField: PathToField = (p) => (p[0] === 'flowLMin' ? 'flow' : joinPath(p));
  return checkEvent({ kind: 'oxygen', time, device, ...(flow !== null ? { flowLMin: flow } : {}), ...(fio2 !== null ? { fio2: fio2 / 100 } : {}) }, toField);
}

// ---- vasopressor --------------------------------------------------------------------------------------------------

export const DOSE_UNITS = ['µg/kg/min', 'µg/min', 'units/min', 'mg/h'] as const;

export interface VasopressorValues {
  readonly time: string;
  readonly drug: VasoactiveDrug | '';
  readonly action: 'start' | 'titrate' | 'stop' | '';
  readonly dose: string;
  readonly doseUnit: string;
}

export function convertVasopressor(v: VasopressorValues, now: number): Converted<DocumentedEvent> {
  const e = new Errors();
  const time = eventTime(e, v.time, now);
  const drug = choice(e, 'drug', v.drug);
  const action = choice(e, 'action', v.action);
  // A start or a titration states the dose; a stop needs none.
  const dose = action === 'stop' ? e.number('dose', v.dose, { optional: true }) : e.number('dose', v.dose);
  if (dose !== null && dose < 0) e.add('dose', { code: 'tooSmall', params: { min: 0 } });
  if (e.any) return { ok: false, errors: e.all };
  return checkEvent({ kind: 'vasopressor', time, drug, action, ...(dose !== null ? { dose, ...(v.doseUnit ? { doseUnit: v.doseUnit } : {}) } : {}) });
}

// ---- medication ---------------------------------------------------------------------------------------------------

export interface MedicationValues {
  readonly time: string;
  readonly drug: string;
  readonly drugClass: MedicationClass | '';
  /** Asked every time: "not given" would let the masked-fever rule read it as a CRS treatment. */
  readonly indication: MedicationIndication | '';
  readonly doseText: string;
}

export { classOfDrug, KNOWN_DRUGS } from '../../../../../shared/clinical/drugs';

export { isTocilizumab } from '../../../../../shared/episode/tocilizumab';

/** Classes that can mask a fever when given for anything but premedication (clinical-rules §1.1 rule 2). */
export const MASKING_CLASSES: ReadonlySet<MedicationClass> = new Set(['antipyretic', 'anti_il6', 'corticosteroid', 'il1_antagonist']);

export function convertMedication(v: MedicationValues, now: number): Converted<DocumentedEvent> {
  const e = new Errors();
  const time = eventTime(e, v.time, now);
  const drug = e.required('drug', v.drug);
  const drugClass = choice(e, 'drugClass', v.drugClass);
  const indication = choice(e, 'indication', v.indication);
  if (e.any) return { ok: false, errors: e.all };
  const doseText = v.doseText.trim();
  return checkEvent({ kind: 'medication', time, drug, drugClass, indication, ...(doseText ? { doseText } : {}) });
}

// ---- fluid bolus, imaging, attribution, note ------------------------------------------------------------------------

export interface FluidValues {
  readonly time: string;
  readonly volume: string;
  readonly indication: string;
}

export function convertFluid(v: FluidValues, now: number): Converted<DocumentedEvent> {
  const e = new Errors();
  const time = eventTime(e, v.time, now);
  const volumeMl = e.number('volume', v.volume);
  if (volumeMl !== null && volumeMl <= 0) e.add('volume', { code: 'tooSmall', params: { min: 1 } });
  if (e.any) return { ok: false, errors: e.all };
  const indication = v.indication.trim();
  return checkEvent({ kind: 'fluid_bolus', time, volumeMl, ...(indication ? { indication } : {}) }, (p) => (p[0] === 'volumeMl' ? 'volume' : joinPath(p)));
}

export interface ImagingValues {
  readonly time: string;
  readonly modality: 'CT' | 'MRI' | '';
  readonly finding: string;
}

export function convertImaging(v: ImagingValues, now: number): Converted<DocumentedEvent> {
  const e = new Errors();
  const time = eventTime(e, v.time, now);
  const finding = choice(e, 'finding', v.finding);
  if (e.any) return { ok: false, errors: e.all };
  return checkEvent({ kind: 'imaging', time, finding, ...(v.modality ? { modality: v.modality } : {}) });
}

export interface AttributionValues {
  readonly time: string;
  readonly target: AttributionTarget | '';
  readonly active: 'attribute' | 'withdraw';
  readonly cause: string;
  /** Optional: the sign is attributed from an earlier time on (blank: from `time`). */
  readonly effectiveFrom: string;
}

export function convertAttribution(v: AttributionValues, now: number): Converted<DocumentedEvent> {
  const e = new Errors();
  const time = eventTime(e, v.time, now);
  const target = choice(e, 'target', v.target);
  const active = v.active === 'attribute';
  const cause = active ? e.required('cause', v.cause) : v.cause.trim();
  let effectiveFrom: number | null = null;
  if (v.effectiveFrom.trim() !== '') {
    effectiveFrom = fromDateTimeLocal(v.effectiveFrom);
    if (effectiveFrom === null) e.add('effectiveFrom', { code: 'dateTime' });
    else if (effectiveFrom > time) e.add('effectiveFrom', { text: i18n.t('treatments.errors.effectiveAfter') });
  }
  if (e.any) return { ok: false, errors: e.all };
  return checkEvent({ kind: 'attribution', time, target, active, ...(cause ? { cause } : {}), ...(effectiveFrom !== null ? { effectiveFrom } : {}) });
}

export interface NoteValues {
  readonly time: string;
  readonly text: string;
}

export function convertNote(v: NoteValues, now: number): Converted<DocumentedEvent> {
  const e = new Errors();
  const time = eventTime(e, v.time, now);
  const text = e.required('text', v.text);
  if (e.any) return { ok: false, errors: e.all };
  return checkEvent({ kind: 'note', time, text });
}
