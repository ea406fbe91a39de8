import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LinkState, StationClient } from '../../api/stationClient';
import { useTrend } from './useTrend';
import { usePreferences } from '../../ui/prefs/PreferencesContext';
import { seriesForDisplay } from './display';
import { timeTicks } from '../../charts/timeAxis';
import { DEFAULT_RANGE_HOURS, hasData, liveTickStepMs, type TrendRangeHours } from './series';
import { RangeSelector } from './RangeSelector';
import type { AxisDomain } from '../../charts/valueAxis';
import { liveTemperatureDomain } from './temperatureAxis';
import { LiveTrendChart } from './LiveTrendChart';

interface Props {
  readonly client: StationClient;
  readonly link: LinkState;
  readonly clockOffset: number;
}

const VITALS_DOMAIN: AxisDomain = { lower: (min) => Math.max(0, Math.floor((min - 10) / 20) * 20), upper: (max) => Math.ceil((max + 10) / 20) * 20 };
const RR_DOMAIN: AxisDomain = { lower: (min) => Math.max(0, Math.floor((min - 4) / 10) * 10), upper: (max) => Math.max(30, Math.ceil((max + 4) / 10) * 10) };

export function TrendPanel({ client, link, clockOffset }: Props) {
  const [rangeHours, setRangeHours] = useState<TrendRangeHours>(DEFAULT_RANGE_HOURS);
  const { t } = useTranslation();
  const { tempUnit } = usePreferences();
  const trend = useTrend(client, link, rangeHours, clockOffset);
  const ticks = timeTicks(trend.from, trend.to, liveTickStepMs(rangeHours));
  const common = { series: seriesForDisplay(trend.series, tempUnit), from: trend.from, to: trend.to, ticks };
  const any = hasData(trend.series);

  return (
    <section className="trend" aria-label={t('trend.heading')}>
      <div className="trend-head">
        <h2 className="trend-title">{t('trend.heading')}</h2>
        <RangeSelector value={rangeHours} onChange={setRangeHours} />
      </div>
      {trend.error !== null && (
        <div className="trend-error" role="status">
          {t('trend.error', { message: trend.error })}
        </div>
      )}
      <div className="trend-chart" data-testid="trend-chart">
        {!any && !trend.loaded && <div className="trend-message">{t('trend.loading')}</div>}
        {!any && trend.loaded && (
          <div className="trend-message" data-testid="trend-empty">
            {t('trend.empty')}
          </div>
        )}
        {any && (
          <>
            <LiveTrendChart title={t('trend.vitalsTitle')} params={['hr', 'spo2', 'nibp_sys', 'nibp_dia']} height={240} yDomain={VITALS_DOMAIN} yDecimals={0} {...common} />
            <LiveTrendChart title={t('trend.respTitle')} params={['rr']} height={110} yDomain={RR_DOMAIN} yDecimals={0} {...common} />
            <LiveTrendChart title={t('trend.tempTitle')} params={['temp']} height={130} yDomain={liveTemperatureDomain(tempUnit)} yDecimals={1} {...common} />
          </>
        )}
      </div>
    </section>
  );
}
