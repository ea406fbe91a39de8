// The trends screen: HR, SpO₂, RR, temperature and blood pressure over the episode on one time axis ("Day +N, HH:MM"),
// with the infusion, lymphodepletion days, suggested grades, treatments, flags and the fever/hypotension thresholds.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EpisodeView } from '../../../../shared/api/methods/episode';
import type { LinkState, StationClient } from '../../api/stationClient';
import { useStationNow } from '../../ui/useNow';
import { usePreferences } from '../../ui/prefs/PreferencesContext';
import { axisLabel, timeTicks, dayStarts, episodeTickStepMs } from '../../charts/timeAxis';
import { bucketsForWidth } from './buckets';
import { dayAreas, flagMarkers, gradeSegments, treatmentMarkers } from './markers';
import { displaySeries } from './readout';
import { thresholdLines } from '../../charts/thresholds';
import { useElementWidth } from './useElementWidth';
import { useManualReadings } from './useManualReadings';
import { useTrendContext } from './useTrendContext';
import { useTrendData } from './useTrendData';
import { daysIn, episodeRange, lymphodepletionDays, resolveZoom, type ZoomChoice } from './zoom';
import { chartPalette } from '../../charts/palette';
import { BackdropLayer, plotArea } from './layout';
import { SpotVitalsButton } from '../vitals/SpotVitalsButton';
import { TrendsLegend } from './TrendsLegend';
import { CrosshairStack } from './CrosshairStack';
import type { ChartFrame, ChartModel } from './EpisodeTrendStack';
import { ZoomBar } from './ZoomBar';
import './trends.css';

interface Props {
  readonly client: StationClient;
  readonly link: LinkState;
  readonly episode: EpisodeView | null;
  readonly clockOffset: number;
  readonly zoom: ZoomChoice;
  readonly onZoom: (choice: ZoomChoice) => void;
}

export function TrendsScreen({ client, link, episode, clockOffset, zoom: choice, onZoom }: Props) {
  const { t } = useTranslation();
  const { tempUnit, theme } = usePreferences();
  const [refreshKey, setRefreshKey] = useState(0);
  const now = useStationNow(clockOffset, 30_000, `${refreshKey}:${choice.kind}`);
  const [containerRef, width] = useElementWidth();
  const infusionTime = episode?.infusionTime ?? null;
  const whole = episodeRange(episode, now);
  const zoom = useMemo(() => resolveZoom(choice, { whole, now, infusionTime }), [choice, whole.from, whole.to, now, infusionTime]);
  const data = useTrendData(client, link, zoom, refreshKey, now, clockOffset);
  const manual = useManualReadings(client, link, refreshKey);
  const context = useTrendContext(client, link);
  const palette = useMemo(() => chartPalette(theme), [theme]);

  // Before the first answer the charts are laid out empty over the chosen window, so the data only fill them in.
  const { from, to } = data.from !== null && data.to !== null ? { from: data.from, to: data.to } : zoom;
  // The frame (axis, backdrop) and the markers change rarely: kept apart, the charts that draw only them are not redrawn when data arrive.
  const frame = useMemo((): ChartFrame | null => {
    if (width <= 0) return null;
    const p = plotArea(width, { from, to });
    const b = { from, to, infusionTime, lymphodepletion: episode === null ? [] : dayAreas(lymphodepletionDays(episode)), dayLines: dayStarts(from, to), palette };
    return {
      width,
      from,
      to,
      pxPerMs: (p.right - p.left) / (to - from),
      infusionTime,
      ticks: timeTicks(from, to, episodeTickStepMs(to - from, p.right - p.left), infusionTime ?? from),
      palette,
      backdrop: <BackdropLayer b={b} />,
      labelledBackdrop: <BackdropLayer b={b} labels={{ infusion: t('trends.infusion'), lymphodepletion: t('trends.lymphodepletion') }} />,
    };
  }, [width, from, to, infusionTime, episode, palette, t]);
  const markers = useMemo(() => [...treatmentMarkers(episode?.timeline ?? []), ...flagMarkers(context.flags)], [episode, context.flags]);

  const model = useMemo((): ChartModel | null => {
    if (frame === null) return null;
    const gradeEnd = Math.min(frame.to, data.answeredAt);
    const p = plotArea(frame.width, frame);
    return {
      ...frame,
      series: displaySeries(data.series, tempUnit, bucketsForWidth(p.right - p.left), frame.from, frame.to),
      manual,
      markers,
      crs: gradeSegments(data.grades, 'crs', gradeEnd),
      icans: gradeSegments(data.grades, 'icans', gradeEnd),
      confirmations: data.confirmations,
      thresholds: thresholdLines(tempUnit),
      tempUnit,
    };
  }, [frame, data, tempUnit, manual, markers]);

  return (
    <section className="panel trends" aria-labelledby="trends-title" data-testid="trends-screen">
      <div className="trends-head">
        <h2 id="trends-title" className="panel-title">
          {t('trends.title')}
        </h2>
        <span className="trends-range" data-testid="trends-range">
          {axisLabel(zoom.from, infusionTime)} – {axisLabel(zoom.to, infusionTime)}
        </span>
        {data.loading && <span className="trends-loading">{t('trends.loading')}</span>}
        {episode !== null && <SpotVitalsButton client={client} now={() => Date.now() + clockOffset} onSaved={() => setRefreshKey((k) => k + 1)} />}
      </div>
      <ZoomBar zoom={zoom} days={infusionTime === null ? [] : daysIn(whole, infusionTime)} onZoom={onZoom} />
      {data.error !== null && (
        <p className="form-error" role="status">
          {t('trends.error', { message: data.error })}
        </p>
      )}
      {episode === null && <p className="notice">{t('trends.noEpisode')}</p>}
      <CrosshairStack model={model} plot={plotArea(width, model ?? zoom)} aggregated={data.aggregated} sources={context.sources} episodeDataAt={data.episodeDataAt} containerRef={containerRef} />
      <TrendsLegend palette={palette} />
    </section>
  );
}
