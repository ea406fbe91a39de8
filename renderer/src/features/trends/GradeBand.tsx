// The suggested CRS and ICANS grades as two bands of segments (the grade written in each wide enough segment, so
// not by colour alone); a physician's confirmation is an outlined square with "✓ grade" at its time (a past course's: at its start).
import { memo, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { ComposedChart, ReferenceDot, XAxis, YAxis, useXAxisScale, useYAxisScale } from 'recharts';
import type { ConfirmationView } from '../../../../shared/api/methods/clinical';
import { coveredSpan } from '../../../../shared/clinical/confirmableSpans';
import { gradeText, type GradeSegment } from './markers';
import type { ChartPalette } from '../../charts/palette';
import { AXIS_FONT, CHART_MARGIN, Y_AXIS_WIDTH } from './layout';

interface Props {
  readonly crs: readonly GradeSegment[];
  readonly icans: readonly GradeSegment[];
  readonly confirmations: readonly ConfirmationView[];
  readonly width: number;
  readonly from: number;
  readonly to: number;
  /** Pixels per millisecond, to decide where a label fits. */
  readonly pxPerMs: number;
  readonly backdrop: ReactElement;
  readonly palette: ChartPalette;
}

const ROWS = { crs: [1.1, 1.9], icans: [0.1, 0.9] } as const;

type SegmentsProps = Pick<Props, 'crs' | 'icans' | 'from' | 'to' | 'pxPerMs' | 'palette'>;

/** The segments as plain SVG on the chart's scales (as recharts reference areas, a long episode's many cost ~0.1 s to register). */
function GradeSegments({ crs, icans, from, to, pxPerMs, palette }: SegmentsProps) {
  const x = useXAxisScale();
  const y = useYAxisScale();
  if (x === undefined || y === undefined) return null;
  const segment = (kind: 'crs' | 'icans') => (s: GradeSegment) => {
    const t1 = Math.max(s.from, from);
    const t2 = Math.min(s.to, to);
    const [x1, x2, top, bottom] = [x(t1), x(t2), y(ROWS[kind][1]), y(ROWS[kind][0])];
    if (t2 <= t1 || s.grade === 0 || x1 === undefined || x2 === undefined || top === undefined || bottom === undefined) return null;
    const na = s.grade === 'not_assessable';
    const fill = na ? palette.gradeNa : (palette.grade[s.grade] ?? palette.grade[4]!);
    const text = gradeText(s.grade);
    // Written only where it fits (about 12 px per character, CJK included).
    const fits = (t2 - t1) * pxPerMs >= text.length * 12 + 6;
    return (
      <g key={`${kind}-${s.from}`} className="grade-segment" data-kind={kind} data-grade={s.grade}>
        <rect x={x1} y={top} width={Math.max(0, x2 - x1)} height={Math.max(0, bottom - top)} fill={fill} fillOpacity={na ? 0.45 : 0.9} />
        {fits && (
          <text x={(x1 + x2) / 2} y={(top + bottom) / 2} textAnchor="middle" dominantBaseline="central" fill={typeof s.grade === 'number' && s.grade >= 3 ? '#ffffff' : '#111111'} fontSize={12} fontWeight={700}>
            {text}
          </text>
        )}
      </g>
    );
  };
  return (
    <g className="grade-segments">
      {crs.map(segment('crs'))}
      {icans.map(segment('icans'))}
    </g>
  );
}

// Memoised: redrawn only when its own inputs change, not whenever trend data arrive.
export const GradeBand = memo(function GradeBand({ crs, icans, confirmations, width, from, to, pxPerMs, backdrop, palette }: Props) {
  const { t } = useTranslation();
  return (
    <div className="tchart" data-testid="trends-grades">
      <div className="tchart-head">
        <span className="tchart-title">{t('trends.gradesTitle')}</span>
        <span className="tchart-unit">{t('trends.gradesHint')}</span>
      </div>
      <ComposedChart width={width} height={64} margin={CHART_MARGIN}>
        <XAxis dataKey="t" type="number" domain={[from, to]} allowDataOverflow hide />
        {/* Fixed domains, no series: an invisible <Line> here measured its path (a forced layout) each time grades arrived. */}
        <YAxis type="number" domain={[0, 2]} allowDataOverflow ticks={[0.5, 1.5]} interval={0} width={Y_AXIS_WIDTH} tick={{ fill: palette.axis, fontSize: AXIS_FONT }} stroke={palette.axis} tickFormatter={(v: number) => (v > 1 ? t('trends.crs') : t('trends.icans'))} />
        {backdrop}
        <GradeSegments crs={crs} icans={icans} from={from} to={to} pxPerMs={pxPerMs} palette={palette} />
        {confirmations
          .map((c) => ({ c, x: coveredSpan(c).from })) // a confirmed past course is marked where it began, not when it was confirmed
          .filter(({ x }) => x >= from && x <= to)
          .map(({ c, x }) => (
            <ReferenceDot
              key={`${c.kind}-${c.at}`}
              x={x}
              y={c.kind === 'crs' ? 1.5 : 0.5}
              r={7}
              fill={palette.grid}
              stroke={palette.confirmed}
              strokeWidth={2}
              shape={(props: { cx?: number; cy?: number }) => <rect x={(props.cx ?? 0) - 7} y={(props.cy ?? 0) - 7} width={14} height={14} fill={palette.grid} stroke={palette.confirmed} strokeWidth={2} data-testid="grade-confirmed" />}
              label={{ value: `✓ ${gradeText(c.confirmed)}`, position: 'right', fill: palette.confirmed, fontSize: 12, fontWeight: 700 }}
              ifOverflow="hidden"
            />
          ))}
      </ComposedChart>
    </div>
  );
});
