// The tag of a value entered by hand: "manual" and the initials of who entered it (full name on hover), never "serial".
import { useTranslation } from 'react-i18next';
import { initials } from './format/initials';
import './manualTag.css';

export function ManualTag({ enteredBy, testId }: { enteredBy: string | null | undefined; testId?: string }) {
  const { t } = useTranslation();
  return (
    <span className="manual-tag" title={enteredBy ? t('vitalsEntry.enteredBy', { name: enteredBy }) : undefined} data-testid={testId} data-manual-by={enteredBy ?? ''}>
      {t('vitalsEntry.manual')}
      {enteredBy ? ` · ${initials(enteredBy)}` : ''}
    </span>
  );
}
