// The live screen's trend chart: the last hours as recharts lines (one per param), a null point is a break.
import { useTranslation } from 'react-i18next';
import { CartesianGrid, Line, LineChart, XAxis, YAxis } from 'recharts';
import type { TrendPoint } from '../../../../shared/api/contract';
import { PARAMS } from '../../../../shared/params';
import { unitLabel } from '../../../../shared/units';
import { formatClock } from '../../ui/format/time';
import { formatNumber } from '../../ui/format/values';
import { paramLabel } from '../../ui/format/labels';
import { displayUnit } from '../../ui/format/temperature';
import { usePreferences } from '../../ui/prefs/PreferencesContext';
import { CHART_COLORS, PARAM_COLORS } from '../../charts/palette';
import { hasData, type SeriesMap, type TrendParam } from './series';
import { noVerticalLines } from '../../charts/grid';
import type { AxisDomain } from '../../charts/valueAxis';

interface Props {
  readonly title: string;
  readonly params: readonly TrendParam[];
  readonly series: SeriesMap;
  readonly from: number;
  readonly to: number;
  readonly ticks: readonly number[];
  readonly height: number;
  readonly yDomain: AxisDomain;
  readonly yDecimals: number;
}

const AXIS_TICK = { fill: CHART_COLORS.axis, fontSize: 13 };

/** One chart of the trend; each param its own line, a null point is a break (connectNulls false). */
export function LiveTrendChart({ title, params, series, from, to, ticks, height, yDomain, yDecimals }: Props) {
  const { t } = useTranslation();
  const { tempUnit } = usePreferences();
  const drawn = params.filter((p) => hasData(series, [p]));
  return (
    <div className="trend-block">
      <div className="trend-block-head">
        <span className="trend-block-title">{title}</span>
        <span className="trend-legend">
          {params.map((p) => (
            <span key={p} className="trend-legend-item" style={{ color: PARAM_COLORS[p] }}>
              {paramLabel(p)} <span className="trend-legend-unit">{unitLabel(displayUnit(PARAMS[p].unit, tempUnit))}</span>
            </span>
          ))}
        </span>
      </div>
      {drawn.length === 0 ? (
        <div className="trend-block-empty" style={{ height }}>
          {t('trend.empty')}
        </div>
      ) : (
        <LineChart responsive style={{ width: '100%', height }} margin={{ top: 8, right: 16, bottom: 0, left: 0 }}>
          <CartesianGrid stroke={CHART_COLORS.grid} vertical={false} verticalCoordinatesGenerator={noVerticalLines} />
          <XAxis
            dataKey="t"
            type="number"
            scale="time"
            domain={[from, to]}
            allowDataOverflow
            ticks={[...ticks]}
            tickFormatter={(t: number) => formatClock(t)}
            tick={AXIS_TICK}
            stroke={CHART_COLORS.axis}
          />
          <YAxis
            type="number"
            domain={[yDomain.lower, yDomain.upper]}
            allowDecimals={yDecimals > 0}
            tickFormatter={(v: number) => formatNumber(v, yDecimals)}
            tick={AXIS_TICK}
            stroke={CHART_COLORS.axis}
            width={48}
          />
          {drawn.map((p) => (
            <Line
              key={p}
              className={`trend-line-${p}`}
              data={series[p] as TrendPoint[]}
              dataKey="v"
              name={paramLabel(p)}
              type="linear"
              stroke={PARAM_COLORS[p]}
              strokeWidth={2}
              dot={false}
              activeDot={false}
              connectNulls={false}
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      )}
    </div>
  );
}
