import { useTranslation } from 'react-i18next';
import type { PatientSummary } from '../../../shared/api/contract';
import type { EpisodeView } from '../../../shared/api/methods/episode';
import { PatientLine } from './PatientLine';

interface Props {
  readonly loaded: boolean;
  readonly patient: PatientSummary | null;
  readonly episode: EpisodeView | null;
  readonly error: string | null;
  readonly clockOffset: number;
}

/** Who is in the bed: from the open episode (product, Day +N, demo) or, without one, the station's status. */
export function PatientHeader({ loaded, patient, episode, error, clockOffset }: Props) {
  const { t } = useTranslation();
  const shown = episode?.patient ?? patient;
  return (
    <>
      {shown !== null && <PatientLine patient={shown} episode={episode} clockOffset={clockOffset} />}
      {loaded && shown === null && (
        <div className="patient patient-none" data-testid="no-patient">
          {t('header.noPatient')}
        </div>
      )}
      {error !== null && (
        <div className="header-error" role="status">
          {t('header.stationStatusUnavailable', { message: error })}
        </div>
      )}
    </>
  );
}
