// A physician's reason as a checklist item (the timing override, a baseline acknowledgement): one text field.
import type { OverrideValues } from './checklistForms';
import type { Converted } from '../../ui/form/result';
import { TextAreaField } from '../../ui/form/TextAreaField';
import { ItemFormShell, type ItemFormProps } from './ItemFormShell';

interface Props<D> extends ItemFormProps<D> {
  /** Names the form and its field for tests: `${testKind}-form`, `${testKind}-reason`. */
  readonly testKind: string;
  /** The error key of the reason field. */
  readonly field: string;
  readonly label: string;
  readonly fromData: (data: D) => OverrideValues;
  readonly convert: (values: OverrideValues) => Converted<D>;
}

export function ReasonItemForm<D>({ testKind, field, label, fromData, convert, ...props }: Props<D>) {
  return (
    <ItemFormShell<OverrideValues, D>
      {...props}
      kind={testKind}
      initialValues={() => (props.initial ? fromData(props.initial) : { reason: '' })}
      convert={convert}
      label={(f) => (f === field ? label : null)}
    >
      {({ values: v, set, errors }) => <TextAreaField label={label} value={v.reason} onChange={(x) => set('reason', x)} error={errors[field]} testId={`${testKind}-reason`} />}
    </ItemFormShell>
  );
}
