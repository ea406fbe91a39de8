// What every record form shares: its state, the reason when it corrects an entry, Enter to save, errors under it.
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PathToField } from '../../ui/form/issues';
import { withReason } from '../../ui/form/reason';
import type { Converted } from '../../ui/form/result';
import { useForm, type FormState } from '../../ui/form/useForm';
import { Form } from '../../ui/form/Form';
import { ReasonField } from './ReasonField';

export interface ItemFormProps<D> {
  /** The stored data to start from (a correction), or null for a new record. */
  readonly initial: D | null;
  /** A correction asks for a reason and is saved with entry.correct. */
  readonly correcting: boolean;
  readonly onSave: (data: D, reason: string | null) => Promise<void>;
  readonly onCancel?: () => void;
  readonly submitLabel?: string;
}

interface ShellProps<V, D> extends ItemFormProps<D> {
  /** Names the form for tests: `${kind}-form`, `${kind}-submit`. */
  readonly kind: string;
  readonly initialValues: () => V;
  readonly convert: (values: V) => Converted<D>;
  /** The on-screen name of a field key, for the error list (may depend on what is typed). */
  readonly label: (field: string, values: V) => string | null;
  readonly toField?: PathToField;
  readonly children: (form: FormState<V>) => ReactNode;
}

export function ItemFormShell<V, D>({ kind, initial, correcting, onSave, onCancel, submitLabel, initialValues, convert, label, toField, children }: ShellProps<V, D>) {
  const { t } = useTranslation();
  const form = useForm<V>(initialValues);
  const [reason, setReason] = useState('');
  const submit = async () => {
    const ok = await form.submit(withReason(convert(form.values), correcting ? reason : null), ({ value, reason: why }) => onSave(value, why), {
      prefix: ['data', 'infusion'],
      ...(toField ? { toField } : {}),
    });
    if (ok && initial === null && !correcting) form.reset(initialValues());
  };
  return (
    <Form
      onSubmit={() => void submit()}
      errors={form.errors}
      label={(field) => (field === 'reason' ? t('form.reason') : label(field, form.values))}
      saving={form.saving}
      submitLabel={submitLabel ?? (correcting ? t('checklist.saveCorrection') : t('checklist.save'))}
      onCancel={onCancel}
      testId={`${kind}-form`}
      submitTestId={`${kind}-submit`}
    >
      {children(form)}
      {correcting && <ReasonField value={reason} onChange={setReason} error={form.errors.reason} />}
    </Form>
  );
}
