// Treatments and flags as markers in lanes above the vitals: each kind its own symbol (legend below the stack).
import { memo, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { ComposedChart, Symbols, XAxis, YAxis, useXAxisScale, useYAxisScale } from 'recharts';
import { LANES, type EventMarker, type MarkerKind } from './markers';
import type { ChartPalette } from '../../charts/palette';
import { AXIS_FONT, CHART_MARGIN, Y_AXIS_WIDTH } from './layout';

export const MARKER_SHAPES: Readonly<Record<MarkerKind, 'star' | 'triangle' | 'wye' | 'diamond' | 'square' | 'circle' | 'cross'>> = {
  tocilizumab: 'star',
  steroid: 'triangle',
  anti_il1: 'wye',
  vasopressor: 'diamond',
  oxygen: 'square',
  fluid: 'circle',
  medication: 'cross',
  flag: 'triangle',
};

/** The y of a lane's centre (the first lane on top). */
export const laneY = (lane: (typeof LANES)[number]): number => LANES.length - LANES.indexOf(lane) - 0.5;

interface Props {
  readonly markers: readonly EventMarker[];
  readonly width: number;
  readonly from: number;
  readonly to: number;
  readonly backdrop: ReactElement;
  readonly palette: ChartPalette;
}

/** Recharts' Scatter's default symbol area (its ZAxis range). */
const SYMBOL_SIZE = 64;

/**
 * The markers as recharts' symbols placed on the chart's scales, one group per kind as a Scatter drew them: a Scatter
 * per kind is registered in the chart's store and redrawn through it, a tenth of the trends' first paint in a profile.
 */
function MarkerSymbols({ markers, from, to, palette }: Pick<Props, 'markers' | 'from' | 'to' | 'palette'>) {
  const x = useXAxisScale();
  const y = useYAxisScale();
  if (x === undefined || y === undefined) return null;
  const kinds = [...new Set(markers.map((m) => m.kind))];
  return (
    <g className="trend-markers">
      {kinds.map((kind) => (
        <g key={kind} className={`trend-marker-${kind}`}>
          {markers
            .filter((m) => m.kind === kind && m.time >= from && m.time <= to)
            .map((m, i) => (
              <Symbols key={i} cx={x(m.time)} cy={y(laneY(m.lane))} type={MARKER_SHAPES[kind]} size={SYMBOL_SIZE} fill={palette.marker[kind]} stroke="#000000" strokeWidth={0.5} />
            ))}
        </g>
      ))}
    </g>
  );
}

// Memoised: redrawn only when its own inputs change, not whenever trend data arrive.
export const EventLane = memo(function EventLane({ markers, width, from, to, backdrop, palette }: Props) {
  const { t } = useTranslation();
  return (
    <div className="tchart" data-testid="trends-events">
      <ComposedChart width={width} height={LANES.length * 20 + 24} margin={{ ...CHART_MARGIN, top: 22 }}>
        <XAxis dataKey="t" type="number" domain={[from, to]} allowDataOverflow hide />
        <YAxis
          type="number"
          domain={[0, LANES.length]}
          allowDataOverflow
          ticks={LANES.map(laneY)}
          interval={0}
          width={Y_AXIS_WIDTH}
          tick={{ fill: palette.axis, fontSize: AXIS_FONT - 1 }}
          stroke={palette.axis}
          tickFormatter={(v: number) => t(`trends.lanes.${LANES[LANES.length - 0.5 - v] ?? 'other'}`)}
        />
        {backdrop}
        <MarkerSymbols markers={markers} from={from} to={to} palette={palette} />
      </ComposedChart>
    </div>
  );
});
