// DEMO, loudly: the monitor says it runs in demo mode, so its values are not the patient's.
import { useTranslation } from 'react-i18next';
import './demoBadge.css';

export function DemoBadge({ demo, testId = 'device-demo' }: { demo: boolean | undefined; testId?: string }) {
  const { t } = useTranslation();
  if (!demo) return null;
  return (
    <span className="demo-badge device-demo-badge" title={t('deviceSetup.demoHint')} data-testid={testId}>
      {t('deviceSetup.demo')}
    </span>
  );
}
