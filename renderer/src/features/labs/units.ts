// UCUM lab units as people write them (10³/µL, µmol/L, µg/mL FEU); the UCUM code is what is sent and stored.
import { unitLabel } from '../../../../shared/units';
import { i18n } from '../../i18n';

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
  '[pH]': 'pH',
  'meq/L': 'mEq/L',
};

/** Units said in words (a ratio has no unit of measure), in the window's language. */
const RATIO_UNITS: ReadonlySet<string> = new Set(['{INR}', '1']);

export function labUnitLabel(unit: string): string {
  if (RATIO_UNITS.has(unit)) return i18n.t('labs.ratio');
  return LABELS[unit] ?? unitLabel(unit);
}
