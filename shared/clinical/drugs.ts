// The drugs the station knows by name: those nurses record often (with their class) and the vasoactive drugs, so
// each window can say a known generic name in its own language; any other name is shown as documented.
import { message, type MessageParam } from '../messages/message';
import { VASOACTIVE_DRUGS, type MedicationClass } from './events';

/** Drugs nurses record often, with their class (the class can still be changed). */
export const KNOWN_DRUGS = {
  Tocilizumab: 'anti_il6',
  Siltuximab: 'anti_il6',
  Anakinra: 'il1_antagonist',
  Dexamethasone: 'corticosteroid',
  Methylprednisolone: 'corticosteroid',
  Hydrocortisone: 'corticosteroid',
  Paracetamol: 'antipyretic',
  Ibuprofen: 'antipyretic',
  Levetiracetam: 'antiseizure',
  Lorazepam: 'sedative',
  Diphenhydramine: 'antihistamine',
  Chlorphenamine: 'antihistamine',
} as const satisfies Readonly<Record<string, MedicationClass>>;

/** Known drug name (any case, spaces or underscores) → its key under said.term.drug. */
const keyOf = (name: string): string => name.trim().toLowerCase().replace(/[\s_]+/g, '_');

/** Each known drug's key with its English name: the recorded drugs as nurses write them, vasoactive ones as stored. */
export const DRUG_NAMES_EN: Readonly<Record<string, string>> = {
  ...Object.fromEntries(Object.keys(KNOWN_DRUGS).map((name) => [keyOf(name), name])),
  ...Object.fromEntries(VASOACTIVE_DRUGS.map((drug) => [drug, drug.replaceAll('_', ' ')])),
};

/** The class of a known drug name (any case), or null. */
export function classOfDrug(name: string): MedicationClass | null {
  const known = Object.entries(KNOWN_DRUGS).find(([drug]) => keyOf(drug) === keyOf(name));
  return known === undefined ? null : known[1];
}

/** A drug name in words: a known generic name as a term each language says, anything else as documented. */
export function drugName(name: string): MessageParam {
  const key = keyOf(name);
  return key in DRUG_NAMES_EN ? message(`said.term.drug.${key}`) : name;
}
