import { useTranslation } from 'react-i18next';
import type { PatientSummary } from '../../../shared/api/contract';
import type { EpisodeView } from '../../../shared/api/methods/episode';
import { episodeDay } from '../ui/format/day';
import { formatIsoDate } from '../ui/format/time';
import { useStationNow } from '../ui/useNow';

function isSex(value: string): value is 'female' | 'male' | 'other' | 'unknown' {
  return value === 'female' || value === 'male' || value === 'other' || value === 'unknown';
}

/** Name, DEMO badge, Day +N, MRN, product, birth date and sex. */
export function PatientLine({ patient, episode, clockOffset }: { patient: PatientSummary; episode: EpisodeView | null; clockOffset: number }) {
  const { t } = useTranslation();
  const now = useStationNow(clockOffset, 30_000);
  const sex = patient.sex === null ? null : isSex(patient.sex) ? t(`sex.${patient.sex}`) : patient.sex;
  return (
    <div className="patient" data-testid="patient">
      <span className="patient-name" data-testid="patient-name" title={patient.name}>
        {patient.name}
      </span>
      {episode?.isDemo && (
        <span className="demo-badge" data-testid="demo-badge" title={t('header.demoHint')}>
          {t('header.demo')}
        </span>
      )}
      {episode !== null && (
        <span className="patient-day" data-testid="patient-day">
          {episodeDay(now, episode.infusionTime)}
        </span>
      )}
      <span className="patient-detail" data-testid="patient-mrn">
        {t('header.mrn', { mrn: patient.mrn })}
      </span>
      {episode?.product && (
        <span className="patient-detail" data-testid="patient-product" title={episode.product.name}>
          {t('header.product', { product: episode.product.name })}
        </span>
      )}
      {patient.birthDate !== null && <span className="patient-detail patient-detail-minor">{t('header.born', { date: formatIsoDate(patient.birthDate) })}</span>}
      {sex !== null && <span className="patient-detail patient-detail-minor">{t('header.sex', { sex })}</span>}
    </div>
  );
}
