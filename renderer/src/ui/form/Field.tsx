// A labelled form control with its hint and its error; the label is bound to the control (htmlFor/id).
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from './errorText';
import type { ErrorMessage } from './result';

export interface ControlProps {
  readonly id: string;
  readonly 'aria-invalid': true | undefined;
  readonly 'aria-describedby': string | undefined;
}

export interface FieldProps {
  readonly label: string;
  readonly error?: ErrorMessage | undefined;
  readonly hint?: string | undefined;
  readonly optional?: boolean;
  readonly className?: string;
}

export function Field({ label, error, hint, optional, className, children }: FieldProps & { children: (control: ControlProps) => ReactNode }) {
  const { t } = useTranslation();
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={['field', error ? 'field-invalid' : '', className ?? ''].filter(Boolean).join(' ')}>
      <label htmlFor={id} className="field-label">
        {label}
        {optional && <span className="field-optional"> {t('form.optional')}</span>}
      </label>
      {children({ id, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy })}
      {hint && (
        <span id={hintId} className="field-hint">
          {hint}
        </span>
      )}
      {error && (
        <span id={errorId} className="field-error">
          {errorText(error)}
        </span>
      )}
    </div>
  );
}
