// One vital-sign chart of the stack: its lines (a null point is a break), threshold lines, manual readings as
// outlined diamonds (monitor values are lines), all on the shared time axis (hidden here, drawn once below).
import type { ReactElement } from 'react';
import { CartesianGrid, ComposedChart, Line, ReferenceLine, Scatter, XAxis, YAxis } from 'recharts';
import type { TrendPoint } from '../../../../shared/api/contract';
import { formatNumber } from '../../format/values';
import type { ChartPalette } from '../theme/palette';
import { AXIS_FONT, CHART_MARGIN, Y_AXIS_WIDTH } from './layout';

export type AxisDomain = readonly [(min: number) => number, (max: number) => number];

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
  readonly backdrop: readonly ReactElement[];
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

export function VitalChart(p: Props) {
  const drawn = p.lines.filter((l) => l.points.some((pt) => pt.v !== null));
  const tick = { fill: p.palette.axis, fontSize: AXIS_FONT };
  return (
    <div className="tchart" data-testid={p.testId}>
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
        <CartesianGrid stroke={p.palette.grid} vertical={false} />
        <XAxis dataKey="t" type="number" domain={[p.from, p.to]} allowDataOverflow hide />
        <YAxis type="number" domain={[...p.domain]} width={Y_AXIS_WIDTH} tick={tick} stroke={p.palette.axis} tickFormatter={(v: number) => formatNumber(v, p.decimals)} allowDecimals={false} />
        {p.backdrop}
        {p.refLines.map((r) => (
          <ReferenceLine
            key={r.label}
            y={r.y}
            stroke={p.palette.threshold}
            strokeDasharray="3 4"
            strokeWidth={1.5}
            ifOverflow="extendDomain"
            label={{ value: r.label, position: 'insideBottomRight', fill: p.palette.threshold, fontSize: 12 }}
          />
        ))}
        {drawn.map((l) => (
          <Line
            key={l.key}
            className={`trend-line-${l.key}`}
            data={l.points as TrendPoint[]}
            dataKey="v"
            name={l.name}
            type="linear"
            stroke={l.color}
            strokeWidth={l.width ?? 2}
            strokeDasharray={l.dash}
            dot={false}
            activeDot={false}
            connectNulls={false}
            isAnimationActive={false}
          />
        ))}
        {p.manual.length > 0 && <Scatter data={p.manual as TrendPoint[]} dataKey="v" shape={manualMark(p.palette, p.manualParam)} isAnimationActive={false} />}
      </ComposedChart>
    </div>
  );
}
