import { useTranslation } from 'react-i18next';
import { Field, type FieldProps } from './Field';

export interface Option {
  readonly value: string;
  readonly label: string;
}

interface Props extends FieldProps {
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly options: readonly Option[];
  readonly testId?: string;
  readonly disabled?: boolean;
}

/** A choice from a list; starts on "Choose…" so nothing is picked by accident. */
export function SelectField({ value, onChange, options, testId, disabled, ...field }: Props) {
  const { t } = useTranslation();
  return (
    <Field {...field}>
      {(control) => (
        <select {...control} value={value} onChange={(e) => onChange(e.target.value)} data-testid={testId} disabled={disabled}>
          <option value="">{t('form.choose')}</option>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
