// A chart's series as one SVG path each (dots too where asked), placed with the chart's own axes (recharts' scales), so they sit
// exactly where recharts draws the grid, thresholds and manual readings.
import { useMemo } from 'react';
import { useXAxisDomain, useXAxisScale, useYAxisDomain, useYAxisScale } from 'recharts';
import type { TrendPoint } from '../../../shared/api/contract';
import { linearOf, linePath } from './path';

export interface SeriesPathSpec {
  readonly key: string;
  readonly points: readonly TrendPoint[];
  readonly color: string;
  readonly dash?: string;
  readonly width?: number;
  /** Also a dot of this radius at each reading (sparse series, e.g. a short printed window). */
  readonly dots?: number;
}

/** True when recharts' y axis already has the domain the chart asked for (none asked: any domain). */
function hasDomain(actual: readonly unknown[] | undefined, wanted: readonly [number, number] | undefined): boolean {
  return wanted === undefined || (Number(actual?.[0]) === wanted[0] && Number(actual?.[1]) === wanted[1]);
}

// Drawn with whatever scale recharts has now (redrawn when it changes): a chart is never left blank waiting for one.
// Given `yDomain` (the range the chart gives its y axis), it waits for recharts to apply it: a new range reaches the
// axis a render later, and each long path built for the stale scale in between is wasted work.
export function SeriesPaths({ lines, yDomain: wanted }: { readonly lines: readonly SeriesPathSpec[]; readonly yDomain?: readonly [number, number] }) {
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  const xDomain = useXAxisDomain();
  const yDomain = useYAxisDomain();
  const x = xScale && linearOf(xScale, xDomain);
  const y = yScale && hasDomain(yDomain, wanted) ? linearOf(yScale, yDomain) : undefined;
  const paths = useMemo(
    () => (x === undefined || y === undefined ? null : lines.map((l) => linePath(l.points, (t) => x.offset + x.slope * t, (v) => y.offset + y.slope * v))),
    [lines, x?.offset, x?.slope, y?.offset, y?.slope],
  );
  if (paths === null) return null;
  return (
    <g className="trend-series">
      {lines.map((l, i) => (
        <g key={l.key} className={`trend-line trend-line-${l.key}`}>
          <path className="trend-curve" d={paths[i]} fill="none" stroke={l.color} strokeWidth={l.width ?? 2} strokeDasharray={l.dash} strokeLinecap="round" strokeLinejoin="round" />
          {l.dots !== undefined && x !== undefined && y !== undefined &&
            l.points.map((p) => (p.v === null ? null : <circle key={p.t} cx={x.offset + x.slope * p.t} cy={y.offset + y.slope * p.v} r={l.dots} fill={l.color} />))}
        </g>
      ))}
    </g>
  );
}
