// One vital-sign chart of the stack: its lines (a null point is a break), threshold lines, manual readings as
// outlined diamonds (monitor values are lines), all on the shared time axis (hidden here, drawn once below).
// The y range is worked out here from what is drawn, since the lines are plain paths recharts does not see.
import { memo, useMemo, type ReactElement } from 'react';
import { CartesianGrid, ComposedChart, ReferenceLine, Scatter, XAxis, YAxis, type YAxisTickContentProps } from 'recharts';
import type { TrendPoint } from '../../../../shared/api/contract';
import { formatNumber } from '../../ui/format/values';
import { valueTicks, type AxisDomain } from '../../charts/valueAxis';
import { valueExtent } from '../../charts/path';
import type { ChartPalette } from '../../charts/palette';
import { SeriesPaths } from '../../charts/SeriesPaths';
import { AXIS_FONT, CHART_MARGIN, Y_AXIS_WIDTH } from './layout';
import { noVerticalLines } from '../../charts/grid';

export interface LineSpec {
  readonly key: string;
  readonly name: string;
  readonly points: readonly TrendPoint[];
  readonly color: string;
  readonly dash?: string;
  readonly width?: number;
}

export interface RefLineSpec {
  readonly y: number;
  readonly label: string;
}

interface Props {
  readonly testId: string;
  readonly title: string;
  readonly unit: string;
  readonly lines: readonly LineSpec[];
  readonly manual: readonly TrendPoint[];
  readonly manualParam: string;
  readonly height: number;
  readonly width: number;
  readonly from: number;
  readonly to: number;
  readonly domain: AxisDomain;
  readonly decimals: number;
  readonly refLines: readonly RefLineSpec[];
  readonly backdrop: ReactElement;
  readonly palette: ChartPalette;
}

interface MarkProps {
  readonly cx?: number;
  readonly cy?: number;
}

function manualMark(palette: ChartPalette, param: string) {
  return function ManualMark({ cx, cy }: MarkProps) {
    if (cx === undefined || cy === undefined) return <g />;
    const r = 7;
    return (
      <path
        d={`M${cx},${cy - r}L${cx + r},${cy}L${cx},${cy + r}L${cx - r},${cy}Z`}
        fill={palette.manualFill}
        stroke={palette.manualStroke}
        strokeWidth={2}
        data-testid="manual-point"
        data-param={param}
      />
    );
  };
}

const sameRefLines = (a: readonly RefLineSpec[], b: readonly RefLineSpec[]) => a.length === b.length && a.every((r, i) => r.y === b[i]!.y && r.label === b[i]!.label);
const samePoints = (a: readonly TrendPoint[], b: readonly TrendPoint[]) => a.length === b.length && a.every((r, i) => r.t === b[i]!.t && r.v === b[i]!.v);

interface FurnitureProps {
  readonly from: number;
  readonly to: number;
  readonly refLines: readonly RefLineSpec[];
  readonly palette: ChartPalette;
}

// The parts that do not follow the data are memoised apart: when data arrive only the y axis and the lines redraw.
const Furniture = memo(
  function Furniture({ from, to, refLines, palette }: FurnitureProps) {
    return (
      <>
        <CartesianGrid stroke={palette.grid} vertical={false} verticalCoordinatesGenerator={noVerticalLines} />
        <XAxis dataKey="t" type="number" domain={[from, to]} allowDataOverflow hide />
        {refLines.map((r) => (
          <ReferenceLine
            key={r.label}
            y={r.y}
            stroke={palette.threshold}
            strokeDasharray="3 4"
            strokeWidth={1.5}
            ifOverflow="extendDomain"
            label={{ value: r.label, position: 'insideBottomRight', fill: palette.threshold, fontSize: 12 }}
          />
        ))}
      </>
    );
  },
  (a, b) => a.from === b.from && a.to === b.to && a.palette === b.palette && sameRefLines(a.refLines, b.refLines),
);

interface ValueAxisProps {
  /** The y range from what is drawn, or null (nothing drawn: the chart's rule on no data). */
  readonly range: readonly [number, number] | null;
  readonly rule: AxisDomain;
  readonly decimals: number;
  readonly palette: ChartPalette;
}

const ValueAxis = memo(
  function ValueAxis({ range, rule, decimals, palette }: ValueAxisProps) {
    return (
      <YAxis
        type="number"
        domain={range === null ? [rule.lower, rule.upper] : [...range]}
        ticks={range === null || rule.step === undefined ? undefined : valueTicks(range[0], range[1], rule.step)}
        allowDataOverflow
        interval={0}
        width={Y_AXIS_WIDTH}
        tick={(t: YAxisTickContentProps) => (
          // A plain label: recharts' own measures each label's words in the DOM on every new range.
          <text x={t.x} y={t.y} textAnchor="end" dominantBaseline="central" fill={palette.axis} fontSize={AXIS_FONT} className="trend-tick">
            {formatNumber(Number(t.payload.value), decimals)}
          </text>
        )}
        stroke={palette.axis}
        allowDecimals={false}
      />
    );
  },
  (a, b) => a.range?.[0] === b.range?.[0] && a.range?.[1] === b.range?.[1] && a.rule === b.rule && a.decimals === b.decimals && a.palette === b.palette,
);

const ManualPoints = memo(
  function ManualPoints({ points, param, palette }: { readonly points: readonly TrendPoint[]; readonly param: string; readonly palette: ChartPalette }) {
    const shape = useMemo(() => manualMark(palette, param), [palette, param]);
    return points.length > 0 ? <Scatter data={points as TrendPoint[]} dataKey="v" shape={shape} isAnimationActive={false} /> : null;
  },
  (a, b) => a.param === b.param && a.palette === b.palette && samePoints(a.points, b.points),
);

export function EpisodeVitalChart(p: Props) {
  const drawn = p.lines.filter((l) => l.points.some((pt) => pt.v !== null));
  // Readings outside the window neither widen the y range nor get drawn beyond the plot.
  const manual = p.manual.filter((m) => m.t >= p.from && m.t <= p.to);
  const extent = valueExtent(
    drawn.map((l) => l.points),
    [...manual.flatMap((m) => (m.v === null ? [] : [m.v])), ...p.refLines.map((r) => r.y)],
  );
  const range = extent === null ? null : ([p.domain.lower(extent[0]), p.domain.upper(extent[1])] as const);
  return (
    <div className="tchart" data-testid={p.testId} data-lines={drawn.length}>
      <div className="tchart-head">
        <span className="tchart-title">{p.title}</span>
        <span className="tchart-unit">{p.unit}</span>
        {p.lines.length > 1 &&
          p.lines.map((l) => (
            <span key={l.key} className="tchart-key">
              <svg width="22" height="8" aria-hidden="true">
                <line x1="0" y1="4" x2="22" y2="4" stroke={l.color} strokeWidth={l.width ?? 2} strokeDasharray={l.dash} />
              </svg>
              {l.name}
            </span>
          ))}
      </div>
      <ComposedChart width={p.width} height={p.height} margin={CHART_MARGIN}>
        <Furniture from={p.from} to={p.to} refLines={p.refLines} palette={p.palette} />
        <ValueAxis range={range} rule={p.domain} decimals={p.decimals} palette={p.palette} />
        {p.backdrop}
        <SeriesPaths lines={drawn} {...(range === null ? {} : { yDomain: range })} />
        <ManualPoints points={manual} param={p.manualParam} palette={p.palette} />
      </ComposedChart>
    </div>
  );
}
