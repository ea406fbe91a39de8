// Documented events (events.record entries) in words for the timeline: what, how much, in the window's language.
// Drug names are generic names, translated where the window has a standard name; free text stays as typed.
import { clinicalEventSchema, type ClinicalEvent, type MedicationEvent, type OxygenEvent, type VasopressorEvent } from '../../../../shared/clinical/events';
import { eventMessage } from '../../../../shared/clinical/said';
import { i18n } from '../../i18n';
import { say, sayParam } from '../../i18n/said';
import { formatAmount } from '../../ui/format/values';
import { drugText } from '../../ui/format/recorded';

function medication(e: MedicationEvent): string {
  const params = { drug: drugText(e.drug), dose: e.doseText ?? '' };
  const text = e.indication && e.indication !== 'other' ? i18n.t('timeline.medicationFor', { ...params, indication: i18n.t(`timeline.indications.${e.indication}`) }) : i18n.t('timeline.medication', params);
  return text.trim();
}

function oxygen(e: OxygenEvent): string {
  if (e.device === 'room_air') return i18n.t('timeline.oxygenStopped');
  return i18n.t('timeline.oxygen', {
    flow: e.flowLMin !== undefined ? i18n.t('timeline.flow', { n: formatAmount(e.flowLMin, 1) }) : '',
    device: i18n.t(`said.term.device.${e.device}`),
    fio2: e.fio2 !== undefined ? i18n.t('timeline.fio2', { n: formatAmount(e.fio2 * 100, 0) }) : '',
  });
}

function vasopressor(e: VasopressorEvent): string {
  const dose = e.dose !== undefined ? ` ${formatAmount(e.dose, 3)}${e.doseUnit ? ` ${e.doseUnit}` : ''}` : '';
  return i18n.t('timeline.vasopressor', { drug: drugText(e.drug), action: i18n.t(`said.term.action.${e.action}`), dose });
}

/** One documented event in words; data that is not an event (never expected) is not shown as JSON but as nothing. */
export function eventSummary(data: unknown): string | null {
  const parsed = clinicalEventSchema.safeParse(data);
  if (!parsed.success) return null;
  const e: ClinicalEvent = parsed.data;
  switch (e.kind) {
    case 'medication':
      return medication(e);
    case 'oxygen':
      return oxygen(e);
    case 'vasopressor':
      return vasopressor(e);
    case 'neuro':
      // "ICE 7/10 (lost: …); alert": the assessment's parts, the row's title names it.
      return sayParam(eventMessage(e).params.parts ?? '');
    default:
      // Seizures, imaging, attributions, notes: the station's own words (shared/clinical/said.ts).
      return say(eventMessage(e));
  }
}
