// The stacked charts: markers, grades, HR, SpO₂, RR, temperature, blood pressure, and the one time axis.
// Memoised: the crosshair moving over it never re-renders the charts.
import { memo, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConfirmationView } from '../../../../shared/api/methods/clinical';
import { PARAMS } from '../../../../shared/params';
import { unitLabel } from '../../../../shared/units';
import { displayUnit, tempUnitLabel } from '../../ui/format/temperature';
import { formatNumber } from '../../ui/format/values';
import { paramLabel } from '../../ui/format/labels';
import type { TempUnit } from '../../ui/prefs/preferences';
import type { EventMarker, GradeSegment } from './markers';
import type { ManualReading } from './manual';
import { manualPoints } from './readout';
import type { ThresholdLines } from '../../charts/thresholds';
import type { TrendsParam, TrendsSeries } from './useTrendData';
import type { ChartPalette } from '../../charts/palette';
import { EventLane } from './EventLane';
import { GradeBand } from './GradeBand';
import { TimeAxis } from './TimeAxis';
import type { AxisDomain } from '../../charts/valueAxis';
import { EpisodeVitalChart, type LineSpec } from './EpisodeVitalChart';

/** What changes only with the window, the width or the episode: the axis and the backdrop. */
export interface ChartFrame {
  readonly width: number;
  readonly from: number;
  readonly to: number;
  readonly pxPerMs: number;
  readonly infusionTime: number | null;
  readonly ticks: readonly number[];
  readonly palette: ChartPalette;
  readonly backdrop: ReactElement;
  readonly labelledBackdrop: ReactElement;
}

export interface ChartModel extends ChartFrame {
  readonly series: TrendsSeries;
  readonly manual: readonly ManualReading[];
  readonly markers: readonly EventMarker[];
  readonly crs: readonly GradeSegment[];
  readonly icans: readonly GradeSegment[];
  readonly confirmations: readonly ConfirmationView[];
  readonly thresholds: ThresholdLines;
  readonly tempUnit: TempUnit;
}

const round = (step: number, pad: number, floor = 0): AxisDomain => ({ lower: (min) => Math.max(floor, Math.floor((min - pad) / step) * step), upper: (max) => Math.ceil((max + pad) / step) * step, step });
const DOMAINS: Readonly<Record<'hr' | 'spo2' | 'rr' | 'bp', AxisDomain>> = {
  hr: round(20, 5),
  spo2: { lower: (min) => Math.max(0, Math.min(90, Math.floor((min - 2) / 5) * 5)), upper: () => 100, step: 5 },
  rr: round(10, 2),
  bp: round(20, 5),
};
const TEMP_DOMAIN: AxisDomain = { lower: (min) => Math.floor(min - 0.3), upper: (max) => Math.ceil(max + 0.3), step: 1 };

export const EpisodeTrendStack = memo(function EpisodeTrendStack({ model }: { model: ChartModel }) {
  const { t } = useTranslation();
  const m = model;
  const line = (param: TrendsParam, extra: Partial<LineSpec> = {}): LineSpec => ({ key: param, name: paramLabel(param), points: m.series[param] ?? [], color: m.palette.param(param), ...extra });
  const common = { width: m.width, from: m.from, to: m.to, backdrop: m.backdrop, palette: m.palette };
  const single = (param: TrendsParam, height: number, domain: AxisDomain, decimals = 0, refLines: { y: number; label: string }[] = []) => (
    <EpisodeVitalChart
      {...common}
      testId={`trends-chart-${param}`}
      title={paramLabel(param)}
      unit={unitLabel(displayUnit(PARAMS[param].unit, m.tempUnit))}
      lines={[line(param)]}
      manual={manualPoints(m.manual, param, m.tempUnit)}
      manualParam={param}
      height={height}
      domain={domain}
      decimals={decimals}
      refLines={refLines}
    />
  );
  const hasAbp = (m.series.abp_sys ?? []).some((p) => p.v !== null);
  const bpLines: LineSpec[] = [
    line('nibp_sys', { width: 2.5 }),
    line('nibp_mean', { width: 1.5, color: m.palette.param('nibp_dia') }),
    line('nibp_dia', { dash: '6 3', width: 1.5 }),
    ...(hasAbp ? [line('abp_sys', { width: 2 }), line('abp_mean', { width: 1.5 }), line('abp_dia', { dash: '6 3', width: 1.5 })] : []),
  ];
  const bpManual = [...manualPoints(m.manual, 'nibp_sys', m.tempUnit), ...manualPoints(m.manual, 'nibp_mean', m.tempUnit), ...manualPoints(m.manual, 'nibp_dia', m.tempUnit)];
  return (
    <>
      <EventLane {...common} backdrop={m.labelledBackdrop} markers={m.markers} />
      <GradeBand {...common} crs={m.crs} icans={m.icans} confirmations={m.confirmations} pxPerMs={m.pxPerMs} />
      {single('hr', 120, DOMAINS.hr)}
      {single('spo2', 100, DOMAINS.spo2)}
      {single('rr', 90, DOMAINS.rr)}
      {single('temp', 130, TEMP_DOMAIN, 1, [{ y: m.thresholds.fever, label: t('trends.feverLine', { value: `${formatNumber(m.thresholds.fever, 1)} ${tempUnitLabel(m.tempUnit)}` }) }])}
      <EpisodeVitalChart
        {...common}
        testId="trends-chart-bp"
        title={t('trends.bpTitle')}
        unit={unitLabel(PARAMS.nibp_sys.unit)}
        lines={bpLines}
        manual={bpManual}
        manualParam="bp"
        height={170}
        domain={DOMAINS.bp}
        decimals={0}
        refLines={[
          { y: m.thresholds.sbpBelow, label: t('trends.sbpLine', { value: formatNumber(m.thresholds.sbpBelow, 0) }) },
          { y: m.thresholds.mapBelow, label: t('trends.mapLine', { value: formatNumber(m.thresholds.mapBelow, 0) }) },
        ]}
      />
      <TimeAxis width={m.width} from={m.from} to={m.to} ticks={m.ticks} infusionTime={m.infusionTime} palette={m.palette} />
    </>
  );
});
