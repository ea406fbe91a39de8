// Shared geometry and backdrop of the stacked trend charts: every chart has the same margins and y-axis width, so
// one x position is one moment in all of them (the crosshair and the single time axis rely on it).
import type { ReactElement } from 'react';
import { ReferenceArea, ReferenceLine } from 'recharts';
import type { PlotArea } from '../../trends/crosshair';
import type { TimeRange } from '../../trends/zoom';
import type { ChartPalette } from '../theme/palette';

export const CHART_MARGIN = { top: 6, right: 48, bottom: 2, left: 0 } as const;
export const Y_AXIS_WIDTH = 104;
export const AXIS_FONT = 13;

export function plotArea(width: number, range: TimeRange): PlotArea {
  return { left: CHART_MARGIN.left + Y_AXIS_WIDTH, right: Math.max(CHART_MARGIN.left + Y_AXIS_WIDTH + 1, width - CHART_MARGIN.right), from: range.from, to: range.to };
}

export interface Backdrop {
  readonly from: number;
  readonly to: number;
  readonly infusionTime: number | null;
  readonly lymphodepletion: readonly TimeRange[];
  readonly dayLines: readonly number[];
  readonly palette: ChartPalette;
}

/** Lymphodepletion days shaded, day boundaries, and the infusion line: the same behind every chart. */
export function backdrop(b: Backdrop, labels?: { readonly infusion: string; readonly lymphodepletion: string }): ReactElement[] {
  const inside = (t: number) => t >= b.from && t <= b.to;
  const areas = b.lymphodepletion
    .filter((a) => a.to > b.from && a.from < b.to)
    .map((a) => (
      <ReferenceArea
        key={`ld-${a.from}`}
        x1={Math.max(a.from, b.from)}
        x2={Math.min(a.to, b.to)}
        fill={b.palette.lymphodepletion}
        fillOpacity={0.16}
        stroke="none"
        ifOverflow="hidden"
        label={labels ? { value: labels.lymphodepletion, position: 'insideTopLeft', fill: b.palette.text, fontSize: 12 } : undefined}
      />
    ));
  const days = b.dayLines.filter(inside).map((t) => <ReferenceLine key={`day-${t}`} x={t} stroke={b.palette.dayLine} strokeWidth={1} ifOverflow="hidden" />);
  const infusion =
    b.infusionTime !== null && inside(b.infusionTime)
      ? [
          <ReferenceLine
            key="infusion"
            x={b.infusionTime}
            stroke={b.palette.infusion}
            strokeWidth={2}
            strokeDasharray="8 4"
            ifOverflow="hidden"
            label={labels ? { value: labels.infusion, position: 'insideTopRight', fill: b.palette.infusion, fontSize: 12 } : undefined}
          />,
        ]
      : [];
  return [...areas, ...days, ...infusion];
}
