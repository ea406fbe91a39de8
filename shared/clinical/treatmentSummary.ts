// A treatment in a few words for the rounds view ("Tocilizumab, 576 mg IV (8 mg/kg), crs"): a message each window
// says in its own language; drug names, actions, devices and indications as terms, what staff typed as typed.
import type { MessageParam } from '../messages/message';
import { drugName } from './drugs';
import { ATTRIBUTION_TARGETS, MEDICATION_INDICATIONS } from './events';
import { list, term } from './said';

const given = (value: unknown): value is string | number => (typeof value === 'string' && value !== '') || typeof value === 'number';

/** A medication's indication, or a sign a fluid bolus was given for ("hypotension"), as a term; other text as typed. */
function indicationName(indication: string): MessageParam {
  if ((MEDICATION_INDICATIONS as readonly string[]).includes(indication)) return term('indication', indication);
  return (ATTRIBUTION_TARGETS as readonly string[]).includes(indication) ? term('target', indication) : indication;
}

/** The documented event's parts (drug, dose, action, device, flow, volume, indication), or its kind when it has none. */
export function treatmentSummary(kind: string, data: Readonly<Record<string, unknown>>): MessageParam {
  const { drug, doseText, dose, doseUnit, action, device, flowLMin, volumeMl, indication } = data;
  const parts: MessageParam[] = [];
  if (given(drug)) parts.push(drugName(String(drug)));
  if (given(doseText)) parts.push(String(doseText));
  if (given(dose)) parts.push(given(doseUnit) ? `${dose} ${doseUnit}` : String(dose));
  if (given(action)) parts.push(term('action', String(action)));
  if (given(device)) parts.push(term('device', String(device)));
  if (given(flowLMin)) parts.push(`${flowLMin} L/min`);
  if (given(volumeMl)) parts.push(`${volumeMl} mL`);
  if (given(indication)) parts.push(indicationName(String(indication)));
  return parts.length > 0 ? list(parts) : kind;
}
