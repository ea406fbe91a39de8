// Evidence as shown: a threshold's value in the unit a nurse reads (durations in h or min, not ms), and its source.
import { THRESHOLDS, type ThresholdRef } from '../../../../shared/clinical/thresholds';
import { CITED_THRESHOLDS } from '../../../../shared/messages/clinical.en';
import { message } from '../../../../shared/messages/message';
import { sayOr } from '../../i18n/said';
import { i18n } from '../../i18n';
import { HOUR_MS, MINUTE_MS } from '../../../../shared/time';


function trim(n: number): string {
  return String(Math.round(n * 100) / 100);
}

/** Threshold units that are words, and their keys under clinical.explain.unit. */
const WORDED_UNITS: Readonly<Record<string, 'points' | 'uln' | 'baselineOrUln'>> = { points: 'points', '× ULN': 'uln', '× baseline or ULN': 'baselineOrUln' };

/** "2 h", "5 min", "38 Cel" → "38 °C", "90 mmHg", "7 points" in the window's language. */
export function thresholdValue(t: Pick<ThresholdRef, 'value' | 'unit'>): string {
  const worded = WORDED_UNITS[t.unit];
  if (worded !== undefined) return i18n.t(`clinical.explain.unit.${worded}`, { value: trim(t.value) });
  if (t.unit === 'ms') return t.value >= HOUR_MS && t.value % (HOUR_MS / 2) === 0 ? `${trim(t.value / HOUR_MS)} h` : `${trim(t.value / MINUTE_MS)} min`;
  if (t.unit === 'Cel') return `${trim(t.value)} °C`;
  if (t.unit === '' || t.unit === '1') return trim(t.value);
  return `${trim(t.value)} ${t.unit}`;
}

/** The threshold's source in the window's language when it is the table's own words, else as stored. */
export function thresholdSource(t: Pick<ThresholdRef, 'key' | 'source'>): string {
  const cited = (CITED_THRESHOLDS as readonly string[]).includes(t.key) && THRESHOLDS[t.key as keyof typeof THRESHOLDS].source === t.source;
  return cited ? sayOr(message(`said.threshold.${t.key}`), t.source) : t.source;
}
