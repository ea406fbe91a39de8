// UCUM lab units as people write them (10³/µL, µmol/L, µg/mL FEU); the UCUM code is what is sent and stored.
import { unitLabel } from '../../../../shared/units';

const LABELS: Readonly<Record<string, string>> = {
  '10*3/uL': '10³/µL',
  '10*9/L': '10⁹/L',
  'umol/L': 'µmol/L',
  'ukat/L': 'µkat/L',
  'ug/mL': 'µg/mL',
  'ug/L': 'µg/L',
  'ug/mL{FEU}': 'µg/mL FEU',
  'mg/L{FEU}': 'mg/L FEU',
  'ng/mL{FEU}': 'ng/mL FEU',
  'ng/mL{DDU}': 'ng/mL DDU',
  '{INR}': 'ratio',
  '1': 'ratio',
  '[pH]': 'pH',
  'meq/L': 'mEq/L',
};

export function labUnitLabel(unit: string): string {
  return LABELS[unit] ?? unitLabel(unit);
}
