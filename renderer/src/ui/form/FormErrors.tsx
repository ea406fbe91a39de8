// Under the form: "Nothing was saved" and each problem with the field's name, in plain words.
import { useTranslation } from 'react-i18next';
import { errorText } from './errorText';
import type { FieldErrors } from './result';

interface Props {
  readonly errors: FieldErrors;
  /** The on-screen name of a field key; unknown keys are shown as they are. */
  readonly label: (field: string) => string | null;
}

export function FormErrors({ errors, label }: Props) {
  const { t } = useTranslation();
  const entries = Object.entries(errors);
  if (entries.length === 0) return null;
  return (
    <div className="form-errors" role="alert" data-testid="form-errors">
      <p>{t('form.nothingSaved')}</p>
      <ul>
        {entries.map(([field, message]) => {
          const name = field === '' ? null : (label(field) ?? field);
          return <li key={field}>{name === null ? errorText(message) : t('form.fieldMessage', { field: name, message: errorText(message) })}</li>;
        })}
      </ul>
    </div>
  );
}
