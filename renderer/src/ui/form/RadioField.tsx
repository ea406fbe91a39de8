import { useId } from 'react';
import { errorText } from './errorText';
import type { ErrorMessage } from './result';
import type { Option } from './SelectField';

interface Props {
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly options: readonly Option[];
  readonly error?: ErrorMessage | undefined;
  /** Each radio gets `${testId}-${value}`. */
  readonly testId?: string;
}

/** A few exclusive choices in a fieldset; arrow keys move between them (native radios). */
export function RadioField({ label, value, onChange, options, error, testId }: Props) {
  const name = useId();
  return (
    <fieldset className={error ? 'field field-radio field-invalid' : 'field field-radio'} aria-invalid={error ? true : undefined}>
      <legend className="field-label">{label}</legend>
      <div className="radio-options">
        {options.map((o) => (
          <label key={o.value} className="choice">
            <input type="radio" name={name} value={o.value} checked={value === o.value} onChange={() => onChange(o.value)} data-testid={testId ? `${testId}-${o.value}` : undefined} />
            {o.label}
          </label>
        ))}
      </div>
      {error && <span className="field-error">{errorText(error)}</span>}
    </fieldset>
  );
}
