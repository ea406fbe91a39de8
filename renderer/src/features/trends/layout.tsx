// Shared geometry and backdrop of the stacked trend charts: every chart has the same margins and y-axis width, so
// one x position is one moment in all of them (the crosshair and the single time axis rely on it).
import { usePlotArea, useXAxisScale } from 'recharts';
import type { PlotArea } from './crosshair';
import type { TimeRange } from './zoom';
import type { ChartPalette } from '../../charts/palette';

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

export interface BackdropLabels {
  readonly infusion: string;
  readonly lymphodepletion: string;
}

/**
 * Lymphodepletion days shaded, day boundaries, and the infusion line: the same behind every chart (labels, where asked,
 * in the margin above the plot, clear of the markers). Plain SVG placed
 * with the chart's scale: as recharts reference elements, the ~40 per chart of a whole episode cost ~0.3 s to register.
 */
export function BackdropLayer({ b, labels }: { readonly b: Backdrop; readonly labels?: BackdropLabels }) {
  const x = useXAxisScale();
  const plot = usePlotArea();
  if (x === undefined || plot === undefined) return null;
  const at = (t: number) => x(Math.min(b.to, Math.max(b.from, t)));
  const top = plot.y;
  const bottom = plot.y + plot.height;
  const inside = (t: number) => t >= b.from && t <= b.to;
  const areas = b.lymphodepletion.filter((a) => a.to > b.from && a.from < b.to);
  const infusionX = b.infusionTime !== null && inside(b.infusionTime) ? at(b.infusionTime) : undefined;
  const nearRightEdge = infusionX !== undefined && infusionX > plot.x + plot.width - 180;
  return (
    <g className="trend-backdrop">
      {areas.map((a) => {
        const x1 = at(a.from) ?? 0;
        const x2 = at(a.to) ?? 0;
        return (
          <g key={`ld-${a.from}`} className="trend-lymphodepletion">
            <rect x={x1} y={top} width={Math.max(0, x2 - x1)} height={plot.height} fill={b.palette.lymphodepletion} fillOpacity={0.16} />
            {labels && (
              <text x={x1 + 5} y={top - 6} fill={b.palette.text} fontSize={12}>
                {labels.lymphodepletion}
              </text>
            )}
          </g>
        );
      })}
      {b.dayLines.filter(inside).map((t) => (
        <line key={`day-${t}`} x1={at(t)} x2={at(t)} y1={top} y2={bottom} stroke={b.palette.dayLine} strokeWidth={1} />
      ))}
      {infusionX !== undefined && (
        <g className="trend-infusion">
          <line x1={infusionX} x2={infusionX} y1={top} y2={bottom} stroke={b.palette.infusion} strokeWidth={2} strokeDasharray="8 4" />
          {labels && (
            <text x={nearRightEdge ? infusionX - 5 : infusionX + 5} y={top - 6} textAnchor={nearRightEdge ? 'end' : 'start'} fill={b.palette.infusion} fontSize={12}>
              {labels.infusion}
            </text>
          )}
        </g>
      )}
    </g>
  );
}
