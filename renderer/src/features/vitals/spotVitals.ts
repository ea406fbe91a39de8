// Spot vital signs typed at the bedside → one vitals.record with all of them (source 'manual' at the station).
// Temperature is sent as typed, in 'Cel' or '[degF]' (the station converts °F exactly). The limits are checked here
// with the station's own function (shared/clinical/entryCheck.ts): refusals next to their field, questions asked.
import type { ApiInput } from '../../../../shared/api/contract';
import { checkVitalEntries, refusals } from '../../../../shared/clinical/entryCheck';
import { PARAMS } from '../../../../shared/params';
import { UCUM } from '../../../../shared/units';
import { fromDateTimeLocal } from '../../ui/form/datetime';
import { Errors, type Converted } from '../../ui/form/result';
import { i18n } from '../../i18n';
import { say } from '../../i18n/said';
import type { TempUnit } from '../../ui/prefs/preferences';
import { MINUTE_MS } from '../../../../shared/time';

export const SPOT_FIELDS = ['hr', 'spo2', 'rr', 'nibp_sys', 'nibp_dia', 'nibp_mean', 'temp'] as const;
export type SpotField = (typeof SPOT_FIELDS)[number];

/** Where a temperature was taken (sent as the site code; shown translated). */
export const TEMP_SITES = ['oral', 'axillary', 'tympanic', 'temporal', 'rectal', 'core'] as const;

export interface SpotVitalsValues extends Readonly<Record<SpotField, string>> {
  readonly time: string;
  readonly tempUnit: TempUnit;
  readonly site: string;
}

/** The readings taken together (the confirmation flag is added when the person has answered the questions). */
export type SpotVitalsInput = Extract<ApiInput<'vitals.record'>, { readings: unknown }>;

export function emptySpotVitals(time: string, tempUnit: TempUnit): SpotVitalsValues {
  return { time, tempUnit, site: 'oral', hr: '', spo2: '', rr: '', nibp_sys: '', nibp_dia: '', nibp_mean: '', temp: '' };
}

/** The call to make, readings in field order; errors keyed by field ('' when nothing was typed at all). */
export function convertSpotVitals(values: SpotVitalsValues, now: number): Converted<SpotVitalsInput> {
  const e = new Errors();
  const time = fromDateTimeLocal(values.time);
  if (values.time.trim() === '') e.add('time', { code: 'required' });
  else if (time === null) e.add('time', { code: 'dateTime' });
  else if (time > now + MINUTE_MS) e.add('time', { text: i18n.t('manualVitals.future') });
  const readings: SpotVitalsInput['readings'] = [];
  for (const field of SPOT_FIELDS) {
    const value = e.number(field, values[field], { optional: true });
    if (value === null) continue;
    const unit = field === 'temp' ? (values.tempUnit === 'F' ? UCUM.fahrenheit : UCUM.celsius) : PARAMS[field].unit;
    const site = field === 'temp' && values.site.trim() !== '' ? { site: values.site.trim() } : {};
    readings.push({ param: field, value, unit, ...site });
  }
  for (const problem of refusals(checkVitalEntries(readings))) e.add(problem.field, { text: say(problem.message) });
  if (readings.length === 0 && !e.any) e.add('', { text: i18n.t('manualVitals.nothingTyped') });
  return e.finish(() => ({ time: time ?? 0, readings }));
}
