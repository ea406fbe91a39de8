// The trend in the display unit: temperature points converted to °F when preferred (exact; the axis rounds).
import type { TempUnit } from '../../ui/prefs/preferences';
import { toDisplayValue } from '../../ui/format/temperature';
import type { SeriesMap } from './series';
import { UCUM } from '../../../../shared/units';

export function seriesForDisplay(series: SeriesMap, tempUnit: TempUnit): SeriesMap {
  const temp = series.temp;
  if (tempUnit === 'C' || temp === undefined) return series;
  return { ...series, temp: temp.map((p) => (p.v === null ? p : { t: p.t, v: toDisplayValue(p.v, UCUM.celsius, tempUnit) })) };
}
