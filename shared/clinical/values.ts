// Unit handling for the event model: temperature to °C, ICE totals, lab values to the units the rules use.
import { fahrenheitToCelsius } from '../units';
import { ICE_ITEMS, type IceItem, type IceResult, type LabAnalyte, type LabResult, type VitalReading } from './events';

/** A vital's value in the unit the rules use (°C for temperature; others as stored), or null for an unknown unit. */
export function vitalValue(reading: VitalReading): number | null {
  if (reading.param !== 'temp') return reading.value;
  if (reading.unit === 'Cel') return reading.value;
  // §1.2: convert without early rounding: 100.3 °F is 37.94 °C, not a fever.
  if (reading.unit === '[degF]') return fahrenheitToCelsius(reading.value);
  return null;
}

const ITEM_LABELS: Record<IceItem, string> = {
  orientationYear: 'year',
  orientationMonth: 'month',
  orientationCity: 'city',
  orientationHospital: 'hospital',
  namesObject1: 'object 1',
  namesObject2: 'object 2',
  namesObject3: 'object 3',
  followsCommands: 'following commands',
  writesSentence: 'writing',
  countsBackwards: 'attention (counting back)',
};

export interface IceScore {
  readonly total: number;
  /** What was lost, for the evidence text ("writing, attention"). */
  readonly lost: readonly string[];
}

/** The ICE total (0–10) of a result, with the items or domains that were lost. */
export function iceScore(ice: IceResult): IceScore {
  switch (ice.form) {
    case 'items': {
      const lost = ICE_ITEMS.filter((i) => !ice.items[i]);
      return { total: ICE_ITEMS.length - lost.length, lost: lost.map((i) => ITEM_LABELS[i]) };
    }
    case 'domains': {
      const domains: [string, number, number][] = [
        ['orientation', ice.orientation, 4],
        ['naming', ice.naming, 3],
        ['following commands', ice.followingCommands, 1],
        ['writing', ice.writing, 1],
        ['attention', ice.attention, 1],
      ];
      return {
        total: domains.reduce((sum, [, v]) => sum + v, 0),
        lost: domains.filter(([, v, max]) => v < max).map(([name, v, max]) => (max > 1 ? `${name} ${v}/${max}` : name)),
      };
    }
    case 'total':
      return { total: ice.total, lost: [] };
  }
}

/** The unit each analyte is compared in, and the conversions accepted into it (factor multiplies the value). */
export const LAB_UNITS: Record<LabAnalyte, { unit: string; accepts: Record<string, number> }> = {
  ferritin: { unit: 'ng/mL', accepts: { 'ng/mL': 1, 'ug/L': 1, 'µg/L': 1 } },
  crp: { unit: 'mg/dL', accepts: { 'mg/dL': 1, 'mg/L': 0.1 } }, // §3.2: CRP in mg/dL; mg/L needs × 0.1
  platelets: { unit: '10*9/L', accepts: { '10*9/L': 1, '10*3/uL': 1, '/uL': 0.001 } },
  anc: { unit: '10*9/L', accepts: { '10*9/L': 1, '10*3/uL': 1, '/uL': 0.001 } },
  hemoglobin: { unit: 'g/dL', accepts: { 'g/dL': 1, 'g/L': 0.1 } },
  fibrinogen: { unit: 'mg/dL', accepts: { 'mg/dL': 1, 'g/L': 100 } },
  alt: { unit: 'U/L', accepts: { 'U/L': 1 } },
  ast: { unit: 'U/L', accepts: { 'U/L': 1 } },
  ldh: { unit: 'U/L', accepts: { 'U/L': 1 } },
  creatinine: { unit: 'mg/dL', accepts: { 'mg/dL': 1, 'umol/L': 1 / 88.4 } },
};

export interface LabValue {
  readonly value: number;
  readonly uln?: number;
  readonly lln?: number;
}

/** A lab result in its analyte's rule unit (limits converted alike), or null when the unit is not one we know. */
export function labValue(lab: LabResult): LabValue | null {
  const factor = LAB_UNITS[lab.analyte].accepts[lab.unit];
  if (factor === undefined) return null;
  return {
    value: lab.value * factor,
    ...(lab.uln !== undefined ? { uln: lab.uln * factor } : {}),
    ...(lab.lln !== undefined ? { lln: lab.lln * factor } : {}),
  };
}
