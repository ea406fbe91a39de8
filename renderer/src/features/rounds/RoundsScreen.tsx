// The rounds view: one row per Day, today first. "Day +N" opens the trends zoomed to that day.
import { useTranslation } from 'react-i18next';
import type { LinkState, StationClient } from '../../api/stationClient';
import { tempUnitLabel } from '../../ui/format/temperature';
import { usePreferences } from '../../ui/prefs/PreferencesContext';
import { todayFirst } from './rows';
import { useRounds } from './useRounds';
import { useSiteLabRanges } from '../labs/useSiteLabRanges';
import { RoundsRow } from './RoundsRow';
import './rounds.css';

interface Props {
  readonly client: StationClient;
  readonly link: LinkState;
  readonly onOpenDay: (day: number) => void;
}

export function RoundsScreen({ client, link, onOpenDay }: Props) {
  const { t } = useTranslation();
  const { tempUnit } = usePreferences();
  const rounds = useRounds(client, link);
  const siteRanges = useSiteLabRanges(client, link);
  const days = todayFirst(rounds.days);
  return (
    <section className="panel rounds" aria-labelledby="rounds-title" data-testid="rounds-screen">
      <div className="trends-head">
        <h2 id="rounds-title" className="panel-title">
          {t('rounds.title')}
        </h2>
        <span className="field-hint">{t('rounds.hint')}</span>
      </div>
      {rounds.error !== null && (
        <p className="form-error" role="status">
          {t('rounds.error', { message: rounds.error })}
        </p>
      )}
      {!rounds.loaded && <p className="notice">{t('rounds.loading')}</p>}
      {rounds.loaded && days.length === 0 && rounds.error === null && <p className="notice">{t('rounds.empty')}</p>}
      {days.length > 0 && (
        <div className="rounds-wrap">
          <table className="rounds-table" data-testid="rounds-table">
            <caption className="visually-hidden">{t('rounds.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('rounds.day')}</th>
                <th scope="col">{t('rounds.tempMax', { unit: tempUnitLabel(tempUnit) })}</th>
                <th scope="col">{t('rounds.bpMin')}</th>
                <th scope="col">{t('rounds.spo2Min')}</th>
                <th scope="col">{t('rounds.hrMax')}</th>
                <th scope="col">{t('rounds.support')}</th>
                <th scope="col">{t('rounds.grades')}</th>
                <th scope="col">{t('rounds.labs')}</th>
                <th scope="col">{t('rounds.treatments')}</th>
              </tr>
            </thead>
            <tbody>
              {days.map((day, i) => (
                <RoundsRow key={day.date} day={day} today={i === 0} tempUnit={tempUnit} onOpenDay={onOpenDay} siteRanges={siteRanges.byCode} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
