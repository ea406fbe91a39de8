// The one time axis under the stack: "Day +N, HH:MM" at round local times.
import { memo } from 'react';
import { ComposedChart, XAxis, YAxis } from 'recharts';
import { axisLabel } from '../../charts/timeAxis';
import type { ChartPalette } from '../../charts/palette';
import { AXIS_FONT, CHART_MARGIN, Y_AXIS_WIDTH } from './layout';

interface Props {
  readonly width: number;
  readonly from: number;
  readonly to: number;
  readonly ticks: readonly number[];
  readonly infusionTime: number | null;
  readonly palette: ChartPalette;
}

// Memoised: redrawn only when its own inputs change, not whenever trend data arrive.
export const TimeAxis = memo(function TimeAxis({ width, from, to, ticks, infusionTime, palette }: Props) {
  return (
    <div className="tchart tchart-axis" data-testid="trends-axis">
      <ComposedChart width={width} height={40} margin={{ ...CHART_MARGIN, top: 0 }} data={[{ t: from }, { t: to }]}>
        <XAxis
          dataKey="t"
          type="number"
          domain={[from, to]}
          allowDataOverflow
          ticks={[...ticks]}
          interval={0}
          tickFormatter={(t: number) => axisLabel(t, infusionTime)}
          tick={{ fill: palette.text, fontSize: AXIS_FONT }}
          stroke={palette.axis}
          height={32}
        />
        <YAxis width={Y_AXIS_WIDTH} tick={false} axisLine={false} />
      </ComposedChart>
    </div>
  );
});
