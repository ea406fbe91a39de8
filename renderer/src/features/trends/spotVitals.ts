// Spot vital signs typed at the bedside → one vitals.record per value (source 'manual' at the station).
// Temperature is sent as typed, in 'Cel' or '[degF]' (the station converts °F exactly).
import type { ApiInput } from '../../../../shared/api/contract';
import { PARAMS } from '../../../../shared/params';
import { UCUM } from '../../../../shared/units';
import { fromDateTimeLocal } from '../../ui/form/datetime';
import { Errors, type Converted } from '../../ui/form/result';
import { i18n } from '../../i18n';
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

export type VitalsRecordInput = ApiInput<'vitals.record'>;

export function emptySpotVitals(time: string, tempUnit: TempUnit): SpotVitalsValues {
  return { time, tempUnit, site: 'oral', hr: '', spo2: '', rr: '', nibp_sys: '', nibp_dia: '', nibp_mean: '', temp: '' };
}

/** The calls to make, in field order; errors keyed by field ('' when nothing was typed at all). */
export function convertSpotVitals(values: SpotVitalsValues, now: number): Converted<VitalsRecordInput[]> {
  const e = new Errors();
  const time = fromDateTimeLocal(values.time);
  if (values.time.trim() === '') e.add('time', { code: 'required' });
  else if (time === null) e.add('time', { code: 'dateTime' });
  else if (time > now + MINUTE_MS) e.add('time', { text: i18n.t('manualVitals.future') });
  const records: VitalsRecordInput[] = [];
  for (const field of SPOT_FIELDS) {
    const value = e.number(field, values[field], { optional: true });
    if (value === null) continue;
    if (field !== 'temp' && value < 0) {
      e.add(field, { code: 'tooSmall', params: { min: 0 } });
      continue;
    }
    const unit = field === 'temp' ? (values.tempUnit === 'F' ? UCUM.fahrenheit : UCUM.celsius) : PARAMS[field].unit;
    const site = field === 'temp' && values.site.trim() !== '' ? { site: values.site.trim() } : {};
    records.push({ param: field, value, unit, time: time ?? 0, ...site });
  }
  if (records.length === 0 && !e.any) e.add('', { text: i18n.t('manualVitals.nothingTyped') });
  return e.finish(() => records);
}
