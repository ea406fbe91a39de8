import { strings } from '../strings';

/** Permanent: Vigil shows values; the bedside monitor raises the alarms. */
export function AlarmDisclaimer() {
  return (
    <p className="disclaimer" data-testid="alarm-disclaimer">
      {strings.alarmDisclaimer}
    </p>
  );
}
