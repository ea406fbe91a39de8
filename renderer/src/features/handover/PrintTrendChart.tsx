// One small trend chart of the window: black line (min and max per interval, a plain path), breaks at monitor gaps, the thresholds
// from the clinical rules drawn dashed and labelled in words, so it reads without colour. No animation (print).
import { useTranslation } from 'react-i18next';
import { CartesianGrid, LineChart, ReferenceLine, XAxis, YAxis } from 'recharts';
import { SeriesPaths } from '../../charts/SeriesPaths';
import { PARAMS } from '../../../../shared/params';
import type { VitalChart } from '../../../../shared/report/types';
import { unitLabel } from '../../../../shared/units';
import { paramLabel } from '../../ui/format/labels';
import { displayUnit, toDisplayValue } from '../../ui/format/temperature';
import { formatClock } from '../../ui/format/time';
import { formatNumber } from '../../ui/format/values';
import type { TempUnit } from '../../ui/prefs/preferences';
import { valueAxisTicks } from '../../charts/valueAxis';
import { PRINT_INK } from '../../charts/palette';
import { printTimeTicks } from './printAxis';
import { noVerticalLines } from '../../charts/grid';

export const CHART_WIDTH = 340;
export const CHART_HEIGHT = 118;
const TICK = { fontSize: 9, fill: PRINT_INK.line };

export function PrintTrendChart({ chart, from, to, tempUnit }: { chart: VitalChart; from: number; to: number; tempUnit: TempUnit }) {
  const { t } = useTranslation();
  const decimals = PARAMS[chart.param].decimals;
  const unit = unitLabel(displayUnit(chart.unit, tempUnit));
  const data = chart.points.map((p) => ({ t: p.t, v: p.v === null ? null : toDisplayValue(p.v, chart.unit, tempUnit) }));
  const lines = chart.thresholds.map((th) => ({ ...th, value: toDisplayValue(th.value, chart.unit, tempUnit) }));
  const values = [...data.flatMap((d) => (d.v === null ? [] : [d.v])), ...lines.map((l) => l.value)];
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const pad = Math.max((hi - lo) * 0.12, decimals > 0 ? 0.3 : 3);
  const top = chart.param === 'spo2' ? Math.min(100, hi + pad) : hi + pad;
  const few = data.filter((d) => d.v !== null).length < 40;
  const label = (v: number) => `${formatNumber(v, decimals)} ${unit}`;
  return (
    <figure className="ho-chart" data-testid={`ho-chart-${chart.param}`} data-lines={data.some((d) => d.v !== null) ? 1 : 0}>
      <figcaption className="ho-chart-title">
        <strong>{t('report.vitals.chartTitle', { param: paramLabel(chart.param), unit })}</strong>
        {lines.map((l) => (
          <span key={l.key} className="ho-small">
            {' · - - '}
            {t('report.vitals.threshold', { value: label(l.value) })}
          </span>
        ))}
      </figcaption>
      <LineChart width={CHART_WIDTH} height={CHART_HEIGHT} margin={{ top: 4, right: 10, bottom: 0, left: 0 }}>
        <CartesianGrid stroke={PRINT_INK.grid} strokeDasharray="1 3" vertical={false} verticalCoordinatesGenerator={noVerticalLines} />
        <XAxis dataKey="t" type="number" scale="time" domain={[from, to]} ticks={printTimeTicks(from, to)} interval={0} tickFormatter={(v: number) => formatClock(v)} tick={TICK} stroke={PRINT_INK.line} allowDataOverflow />
        <YAxis type="number" domain={[lo - pad, top]} ticks={valueAxisTicks(lo - pad, top)} interval={0} width={38} tick={TICK} tickFormatter={(v: number) => formatNumber(v, decimals)} stroke={PRINT_INK.line} allowDataOverflow />
        {lines.map((l) => (
          <ReferenceLine key={l.key} y={l.value} stroke={PRINT_INK.line} strokeWidth={1} strokeDasharray="6 3" label={{ value: label(l.value), position: 'insideBottomLeft', fontSize: 9, fill: PRINT_INK.line }} />
        ))}
        <SeriesPaths lines={[{ key: chart.param, points: data, color: PRINT_INK.line, width: 0.8, ...(few ? { dots: 1.6 } : {}) }]} />
      </LineChart>
    </figure>
  );
}
