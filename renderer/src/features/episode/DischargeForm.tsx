import { useTranslation } from 'react-i18next';
import { reasonError } from '../../ui/form/reason';
import { useForm } from '../../ui/form/useForm';
import { Form } from '../../ui/form/Form';
import { useEpisodeActions } from './EpisodeActions';
import { ReasonField } from './ReasonField';

/** Discharge with a reason (audited). */
export function DischargeForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const actions = useEpisodeActions();
  const form = useForm({ reason: '' });
  const submit = async () => {
    const error = reasonError(form.values.reason);
    const converted = error === null ? ({ ok: true, value: form.values.reason.trim() } as const) : ({ ok: false, errors: { reason: error } } as const);
    if (await form.submit(converted, (reason) => actions.discharge(reason))) onDone();
  };
  return (
    <Form
      onSubmit={() => void submit()}
      errors={form.errors}
      label={(f) => (f === 'reason' ? t('episode.dischargeReason') : null)}
      saving={form.saving}
      submitLabel={t('episode.dischargeSubmit')}
      onCancel={onDone}
      testId="discharge-form"
      submitTestId="discharge-submit"
    >
      <ReasonField label={t('episode.dischargeReason')} value={form.values.reason} onChange={(x) => form.set('reason', x)} error={form.errors.reason} />
    </Form>
  );
}
