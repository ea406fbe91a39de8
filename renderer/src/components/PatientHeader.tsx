import type { PatientSummary } from '../../../shared/api/contract';
import { strings } from '../strings';
import { AlarmDisclaimer } from './AlarmDisclaimer';

interface Props {
  readonly loaded: boolean;
  readonly stationName: string | null;
  readonly patient: PatientSummary | null;
  readonly error: string | null;
}

function PatientLine({ patient }: { patient: PatientSummary }) {
  const details = [
    strings.mrn(patient.mrn),
    patient.birthDate === null ? null : strings.born(patient.birthDate),
    patient.sex === null ? null : strings.sex(patient.sex),
  ].filter((d): d is string => d !== null);
  return (
    <div className="patient" data-testid="patient">
      <span className="patient-name" data-testid="patient-name">
        {patient.name}
      </span>
      {details.map((d) => (
        <span key={d} className="patient-detail">
          {d}
        </span>
      ))}
    </div>
  );
}

export function PatientHeader({ loaded, stationName, patient, error }: Props) {
  return (
    <header className="header">
      <div className="header-main">
        {loaded && patient !== null && <PatientLine patient={patient} />}
        {loaded && patient === null && (
          <div className="patient patient-none" data-testid="no-patient">
            {strings.noPatient}
          </div>
        )}
        {error !== null && (
          <div className="header-error" role="status">
            {strings.stationStatusUnavailable(error)}
          </div>
        )}
        <div className="station-name">{stationName ?? strings.appTitle}</div>
      </div>
      <AlarmDisclaimer />
    </header>
  );
}
