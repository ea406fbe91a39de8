// A form: Enter in a field submits it, the submit button says when it is saving, errors are listed under it,
// and after a refused submit the first field in error gets the focus.
import { useEffect, useRef, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldErrors } from './result';
import { FormErrors } from './FormErrors';

interface Props {
  readonly onSubmit: () => void;
  readonly errors: FieldErrors;
  readonly label: (field: string) => string | null;
  readonly saving: boolean;
  readonly submitLabel: string;
  readonly onCancel?: () => void;
  readonly testId?: string;
  readonly submitTestId?: string;
  readonly disabled?: boolean;
  readonly children: ReactNode;
}

export function Form({ onSubmit, errors, label, saving, submitLabel, onCancel, testId, submitTestId, disabled, children }: Props) {
  const { t } = useTranslation();
  const ref = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (Object.keys(errors).length > 0) ref.current?.querySelector<HTMLElement>('[aria-invalid="true"]:not(fieldset), .field-invalid input')?.focus();
  }, [errors]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!saving && !disabled) onSubmit();
  };
  return (
    <form ref={ref} className="form" onSubmit={submit} noValidate data-testid={testId}>
      <div className="form-fields">{children}</div>
      <FormErrors errors={errors} label={label} />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={saving || disabled} data-testid={submitTestId}>
          {saving ? t('form.saving') : submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="button" onClick={onCancel}>
            {t('form.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
