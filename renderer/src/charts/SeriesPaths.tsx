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

// Drawn with whatever scale recharts has now (redrawn when it changes): a chart is never left blank waiting for one.
export function SeriesPaths({ lines }: { readonly lines: readonly SeriesPathSpec[] }) {
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  const xDomain = useXAxisDomain();
  const yDomain = useYAxisDomain();
  const x = xScale && linearOf(xScale, xDomain);
  const y = yScale && linearOf(yScale, yDomain);
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
