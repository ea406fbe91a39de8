// Beside the numerics: the suggested CRS and ICANS grades with the physician's confirmation, the flags, and the
// secondary signals apart. A permanent line says flags are prompts, not alarms.
import { useTranslation } from 'react-i18next';
import type { LinkState, StationClient } from '../../api/stationClient';
import { useClinical } from './useClinical';
import { formatSince } from '../../ui/format/time';
import { useStationNow } from '../../ui/useNow';
import { FlagList } from './FlagList';
import { GradeCard } from './GradeCard';
import { SecondarySignals } from './SecondarySignals';
import './clinical.css';

interface Props {
  readonly client: StationClient;
  readonly link: LinkState;
  readonly clockOffset: number;
}

export function ClinicalPanel({ client, link, clockOffset }: Props) {
  const { t } = useTranslation();
  const { status, error } = useClinical(client, link);
  const now = useStationNow(clockOffset, 30_000);
  const suggested = status?.suggested ?? null;
  return (
    <section className="clinical" aria-label={t('clinical.heading')} data-testid="clinical-panel">
      <p className="not-alarms" role="note" data-testid="flags-not-alarms">
        {t('clinical.notAlarms')}
      </p>
      {status === null ? (
        <p className="notice">{error === null ? t('clinical.loading') : t('clinical.loadError', { message: error })}</p>
      ) : suggested === null ? (
        <p className="clinical-none" data-testid="clinical-no-grades">
          {t('clinical.noGrades')}
        </p>
      ) : (
        <>
          <div className="grade-cards">
            <GradeCard client={client} kind="crs" result={suggested.crs} confirmation={status.confirmed.crs} infusionTime={status.infusionTime} now={now} />
            <GradeCard client={client} kind="icans" result={suggested.icans} confirmation={status.confirmed.icans} infusionTime={status.infusionTime} now={now} />
          </div>
          <p className="clinical-meta" data-testid="clinical-evaluated">
            {t('clinical.evaluated', { time: formatSince(suggested.evaluatedAt, now), version: suggested.ruleSetVersion })}
          </p>
        </>
      )}
      {status !== null && <FlagList client={client} flags={status.flags} now={now} />}
      {suggested !== null && <SecondarySignals signals={suggested.secondary} now={now} />}
    </section>
  );
}
