import type { HTMLAttributes } from 'react';
import { Field, type FieldProps } from './Field';

interface Props extends FieldProps {
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly type?: 'text' | 'date' | 'datetime-local';
  /** A number typed as text (a point or a comma; "abc" is caught and named, not silently dropped). */
  readonly numeric?: boolean;
  readonly testId?: string;
  readonly autoFocus?: boolean;
  readonly disabled?: boolean;
  readonly list?: string;
  readonly placeholder?: string;
  readonly autoComplete?: string;
}

export function TextField({ value, onChange, type = 'text', numeric, testId, autoFocus, disabled, list, placeholder, autoComplete, ...field }: Props) {
  const inputMode: HTMLAttributes<HTMLInputElement>['inputMode'] = numeric ? 'decimal' : undefined;
  return (
    <Field {...field} className={numeric ? 'field-number' : type === 'text' ? undefined : 'field-date'}>
      {(control) => (
        <input
          {...control}
          type={type}
          inputMode={inputMode}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          data-testid={testId}
          autoFocus={autoFocus}
          data-autofocus={autoFocus ? '' : undefined}
          disabled={disabled}
          list={list}
          placeholder={placeholder}
          autoComplete={autoComplete ?? 'off'}
        />
      )}
    </Field>
  );
}
