// The reference lines of the trends: the fever and hypotension thresholds, always from shared/clinical/thresholds.ts.
import { THRESHOLDS } from '../../../shared/clinical/thresholds';
import { UCUM } from '../../../shared/units';
import { toDisplayValue } from '../ui/format/temperature';
import type { TempUnit } from '../ui/prefs/preferences';

export interface ThresholdLines {
  /** Fever, in the display unit. */
  readonly fever: number;
  readonly sbpBelow: number;
  readonly mapBelow: number;
}

export function thresholdLines(tempUnit: TempUnit): ThresholdLines {
  return {
    fever: toDisplayValue(THRESHOLDS.feverC.value, UCUM.celsius, tempUnit),
    sbpBelow: THRESHOLDS.hypotensionSbpBelowMmHg.value,
    mapBelow: THRESHOLDS.hypotensionMapBelowMmHg.value,
  };
}
