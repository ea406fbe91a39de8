import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LinkState, StationClient } from '../../api/stationClient';
import { useTrend } from './useTrend';
import { usePreferences } from '../../ui/prefs/PreferencesContext';
import { seriesForDisplay } from './display';
import { DEFAULT_RANGE_HOURS, hasData, tickStepMs, timeTicks, type TrendRangeHours } from './series';
import { RangeSelector } from './RangeSelector';
import { TrendChart, type AxisDomain } from './LiveTrendChart';

interface Props {
  readonly client: StationClient;
  readonly link: LinkState;
  readonly clockOffset: number;
}

const VITALS_DOMAIN: AxisDomain = [(min) => Math.max(0, Math.floor((min - 10) / 20) * 20), (max) => Math.ceil((max + 10) / 20) * 20];
const RR_DOMAIN: AxisDomain = [(min) => Math.max(0, Math.floor((min - 4) / 10) * 10), (max) => Math.max(30, Math.ceil((max + 4) / 10) * 10)];
const TEMP_DOMAIN: AxisDomain = [(min) => Math.floor(Math.min(36, min) - 0.5), (max) => Math.ceil(Math.max(38.5, max) + 0.2)];
const TEMP_DOMAIN_F: AxisDomain = [(min) => Math.floor(Math.min(96.8, min) - 1), (max) => Math.ceil(Math.max(101.3, max) + 0.4)];

export function TrendPanel({ client, link, clockOffset }: Props) {
  const [rangeHours, setRangeHours] = useState<TrendRangeHours>(DEFAULT_RANGE_HOURS);
  const { t } = useTranslation();
  const { tempUnit } = usePreferences();
  const trend = useTrend(client, link, rangeHours, clockOffset);
  const ticks = timeTicks(trend.from, trend.to, tickStepMs(rangeHours));
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
            <TrendChart title={t('trend.vitalsTitle')} params={['hr', 'spo2', 'nibp_sys', 'nibp_dia']} height={240} yDomain={VITALS_DOMAIN} yDecimals={0} {...common} />
            <TrendChart title={t('trend.respTitle')} params={['rr']} height={110} yDomain={RR_DOMAIN} yDecimals={0} {...common} />
            <TrendChart title={t('trend.tempTitle')} params={['temp']} height={130} yDomain={tempUnit === 'F' ? TEMP_DOMAIN_F : TEMP_DOMAIN} yDecimals={1} {...common} />
          </>
        )}
      </div>
    </section>
  );
}
