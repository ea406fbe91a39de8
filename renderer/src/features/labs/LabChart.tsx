// One small-multiple: a test's results over the episode up to today (log scale for CRP, ferritin, IL-6), the reference
// range the table uses (the lab's, else the site default) as a band, the infusion as a line; a result out of range is drawn as a larger ringed dot.
import { useTranslation } from 'react-i18next';
import { CartesianGrid, Line, LineChart, ReferenceArea, ReferenceLine, XAxis, YAxis } from 'recharts';
import { dayNumber } from '../../../../shared/episode/day';
import { dayLabel } from '../../ui/format/day';
import type { LabResult } from '../../../../shared/api/methods/labs';
import { formatLabValue, labValue, LOG_SCALE_CODES, type LabRow } from './table';
import { labUnitLabel } from './units';
import type { ChartPalette } from '../../charts/palette';
import { noVerticalLines } from '../../charts/grid';
import { labName } from './names';

interface Props {
  readonly row: LabRow;
  readonly results: readonly LabResult[];
  readonly from: number;
  readonly to: number;
  readonly ticks: readonly number[];
  readonly infusionTime: number | null;
  readonly palette: ChartPalette;
}

interface DotProps {
  readonly cx?: number;
  readonly cy?: number;
  readonly payload?: { out: boolean };
}

export function LabChart({ row, results, from, to, ticks, infusionTime, palette }: Props) {
  const { t } = useTranslation();
  const log = LOG_SCALE_CODES.has(row.code);
  const points = results
    .map((r) => ({ t: r.observedAt, v: labValue(r), out: row.cells !== undefined && Object.values(row.cells).some((c) => c.result.id === r.id && c.mark !== null) }))
    .filter((p): p is { t: number; v: number; out: boolean } => p.v !== null && (!log || p.v > 0));
  const range = row.limits;
  const color = palette.param('spo2');
  const dot = ({ cx, cy, payload }: DotProps) =>
    cx === undefined || cy === undefined ? <g /> : payload?.out ? <circle cx={cx} cy={cy} r={5} fill={palette.threshold} stroke={palette.text} strokeWidth={2} /> : <circle cx={cx} cy={cy} r={3} fill={color} />;
  return (
    <figure className="lab-chart" data-testid={`lab-chart-${row.code}`} data-to={to}>
      <figcaption>
        <strong>{labName(row.code, row.name)}</strong> <span className="lab-chart-unit">{labUnitLabel(row.unit)}</span>
        {log && <span className="lab-chart-log">{t('labs.logScale')}</span>}
      </figcaption>
      <LineChart width={240} height={120} data={points} margin={{ top: 6, right: 10, bottom: 0, left: 0 }}>
        <CartesianGrid stroke={palette.grid} vertical={false} verticalCoordinatesGenerator={noVerticalLines} />
        <XAxis dataKey="t" type="number" domain={[from, to]} allowDataOverflow ticks={[...ticks]} tickFormatter={(x: number) => dayLabel(dayNumber(x, infusionTime))} tick={{ fill: palette.axis, fontSize: 11 }} stroke={palette.axis} />
        <YAxis
          scale={log ? 'log' : 'auto'}
          domain={log ? ['auto', 'auto'] : [(min: number) => Math.min(min, range.low ?? min), (max: number) => Math.max(max, range.high ?? max)]}
          allowDataOverflow={false}
          width={48}
          tick={{ fill: palette.axis, fontSize: 11 }}
          stroke={palette.axis}
          tickFormatter={(v: number) => formatLabValue(v)}
        />
        {range.low !== null && range.high !== null && <ReferenceArea y1={range.low} y2={range.high} fill={palette.param('hr')} fillOpacity={0.12} ifOverflow="hidden" />}
        {infusionTime !== null && infusionTime >= from && infusionTime <= to && <ReferenceLine x={infusionTime} stroke={palette.infusion} strokeDasharray="6 3" />}
        <Line dataKey="v" stroke={color} strokeWidth={1.5} dot={dot} activeDot={false} isAnimationActive={false} connectNulls={false} />
      </LineChart>
    </figure>
  );
}
