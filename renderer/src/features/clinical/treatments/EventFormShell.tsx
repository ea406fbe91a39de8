// What every treatment and assessment form shares: the "when" field, Enter to record, errors under the form,
// events.record as the signed-in person (sign-in on demand), and a fresh form after a record.
import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentedEvent } from '../../../../../shared/api/methods/clinical';
import type { PathToField } from '../../../ui/form/issues';
import { toDateTimeLocal } from '../../../ui/form/datetime';
import type { Converted } from '../../../ui/form/result';
import { useForm, type FormState } from '../../../ui/form/useForm';
import { Form } from '../../../ui/form/Form';
import { TextField } from '../../../ui/form/TextField';
import { useTreatmentActions } from './TreatmentActions';

const CLOCK_FOLLOW_MS = 15_000;

export interface EventFormProps {
  /** The station's clock, for "now" and the future check. */
  readonly now: () => number;
}

interface ShellProps<V extends { readonly time: string }> extends EventFormProps {
  readonly kind: DocumentedEvent['kind'];
  readonly initialValues: (now: number) => V;
  readonly convert: (values: V, now: number) => Converted<DocumentedEvent>;
  /** The on-screen name of a field key, for the error list. */
  readonly label: (field: string) => string | null;
  readonly toField?: PathToField;
  readonly submitLabel?: (values: V) => string;
  readonly children: (form: FormState<V>) => ReactNode;
}

export function EventFormShell<V extends { readonly time: string }>({ kind, now, initialValues, convert, label, toField, submitLabel, children }: ShellProps<V>) {
  const { t } = useTranslation();
  const { record } = useTreatmentActions();
  const form = useForm<V>(() => initialValues(now()));
  // Until someone types a time, "when" follows the clock: a form left open does not record an old time.
  const timeTyped = useRef(false);
  const { update } = form;
  useEffect(() => {
    const timer = setInterval(() => {
      if (!timeTyped.current) update((prev) => ({ ...prev, time: toDateTimeLocal(now()) }));
    }, CLOCK_FOLLOW_MS);
    return () => clearInterval(timer);
  }, [now, update]);
  const submit = async () => {
    const ok = await form.submit(convert(form.values, now()), (event) => record(event), { prefix: 'event', ...(toField ? { toField } : {}) });
    if (ok) {
      timeTyped.current = false;
      form.reset(initialValues(now()));
    }
  };
  return (
    <Form
      onSubmit={() => void submit()}
      errors={form.errors}
      label={(field) => (field === 'time' ? t('treatments.time') : label(field))}
      saving={form.saving}
      submitLabel={submitLabel ? submitLabel(form.values) : t('treatments.submit')}
      testId={`event-${kind}-form`}
      submitTestId="event-submit"
    >
      <TextField
        label={t('treatments.time')}
        hint={t('treatments.timeHint')}
        type="datetime-local"
        value={form.values.time}
        onChange={(v) => {
          timeTyped.current = true;
          form.update((prev) => ({ ...prev, time: v }));
        }}
        error={form.errors.time}
        testId="event-time"
      />
      {children(form)}
    </Form>
  );
}
