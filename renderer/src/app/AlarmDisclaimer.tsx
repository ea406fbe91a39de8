import { useTranslation } from 'react-i18next';

/** Permanent: Vigil shows values; the bedside monitor raises the alarms. */
export function AlarmDisclaimer() {
  const { t } = useTranslation();
  return (
    <p className="disclaimer" data-testid="alarm-disclaimer">
      {t('header.alarmDisclaimer')}
    </p>
  );
}
