import { useTranslation } from 'react-i18next';
import type { ErrorMessage } from '../../ui/form/result';
import { TextAreaField } from '../../ui/form/TextAreaField';

/** The reason a correction, switch or discharge needs (kept in the audit trail). */
export function ReasonField({ value, onChange, error, label }: { value: string; onChange: (v: string) => void; error: ErrorMessage | undefined; label?: string }) {
  const { t } = useTranslation();
  return <TextAreaField label={label ?? t('form.reason')} hint={t('form.reasonHint')} value={value} onChange={onChange} error={error} testId="reason" />;
}
