// The live temperature axis always spans normal temperature up to just above the fever threshold (THRESHOLDS, in the
// display unit), so a fever reads as near or over the line at a glance; a wider reading widens it.
import { THRESHOLDS } from '../../../../shared/clinical/thresholds';
import { UCUM } from '../../../../shared/units';
import type { AxisDomain } from '../../charts/valueAxis';
import { toDisplayValue } from '../../ui/format/temperature';
import type { TempUnit } from '../../ui/prefs/preferences';

/** The lowest temperature the axis always shows, °C (display range, not a clinical rule). */
const AXIS_FLOOR_C = 36;
/** Room above the fever threshold, °C. */
const FEVER_HEADROOM_C = 0.5;
/** Margins around the readings, in the display unit's own steps. */
const MARGIN: Readonly<Record<TempUnit, { readonly below: number; readonly above: number }>> = { C: { below: 0.5, above: 0.2 }, F: { below: 1, above: 0.4 } };

export function liveTemperatureDomain(tempUnit: TempUnit): AxisDomain {
  const floor = toDisplayValue(AXIS_FLOOR_C, UCUM.celsius, tempUnit);
  const ceiling = toDisplayValue(THRESHOLDS.feverC.value + FEVER_HEADROOM_C, UCUM.celsius, tempUnit);
  const margin = MARGIN[tempUnit];
  return { lower: (min) => Math.floor(Math.min(floor, min) - margin.below), upper: (max) => Math.ceil(Math.max(ceiling, max) + margin.above) };
}
