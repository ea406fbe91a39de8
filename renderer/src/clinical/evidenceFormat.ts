// Evidence as shown: a threshold's value in the unit a nurse reads (durations in h or min, not ms).
import type { ThresholdRef } from '../../../shared/clinical/thresholds';

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;

function trim(n: number): string {
  return String(Math.round(n * 100) / 100);
}

/** "2 h", "5 min", "38 Cel" → "38 °C", "90 mmHg". */
export function thresholdValue(t: Pick<ThresholdRef, 'value' | 'unit'>): string {
  if (t.unit === 'ms') return t.value >= HOUR_MS && t.value % (HOUR_MS / 2) === 0 ? `${trim(t.value / HOUR_MS)} h` : `${trim(t.value / MINUTE_MS)} min`;
  if (t.unit === 'Cel') return `${trim(t.value)} °C`;
  if (t.unit === '' || t.unit === '1') return trim(t.value);
  return `${trim(t.value)} ${t.unit}`;
}
