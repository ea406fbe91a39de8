import { useTranslation } from 'react-i18next';

export function NoMonitor() {
  const { t } = useTranslation();
  return (
    <div className="no-monitor" role="status" data-testid="no-monitor">
      {t('devices.noMonitor')}
    </div>
  );
}
