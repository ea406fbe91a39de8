import { useId } from 'react';

interface Props {
  readonly label: string;
  readonly checked: boolean;
  readonly onChange: (checked: boolean) => void;
  readonly testId?: string;
  readonly disabled?: boolean;
}

export function CheckboxField({ label, checked, onChange, testId, disabled }: Props) {
  const id = useId();
  return (
    <div className="field field-check">
      <input id={id} type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} data-testid={testId} disabled={disabled} />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}
