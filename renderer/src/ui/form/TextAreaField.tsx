import { Field, type FieldProps } from './Field';

interface Props extends FieldProps {
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly testId?: string;
  readonly rows?: number;
}

/** Free text; Enter adds a line here, so the form's Enter-submits does not apply inside it. */
export function TextAreaField({ value, onChange, testId, rows = 2, ...field }: Props) {
  return (
    <Field {...field} className="field-wide">
      {(control) => <textarea {...control} rows={rows} value={value} onChange={(e) => onChange(e.target.value)} data-testid={testId} />}
    </Field>
  );
}
