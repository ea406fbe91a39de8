// A custom window: two local date-times; Enter applies.
import { useTranslation } from 'react-i18next';
import { toDateTimeLocal } from '../../ui/form/datetime';
import { useForm } from '../../ui/form/useForm';
import { customRange, type TimeRange } from './zoom';
import { Form } from '../../ui/form/Form';
import { TextField } from '../../ui/form/TextField';

interface Props {
  readonly initial: TimeRange;
  readonly onApply: (range: TimeRange) => void;
  readonly onCancel: () => void;
}

export function CustomRange({ initial, onApply, onCancel }: Props) {
  const { t } = useTranslation();
  const form = useForm({ from: toDateTimeLocal(initial.from), to: toDateTimeLocal(initial.to) });
  const submit = () => void form.submit(customRange(form.values.from, form.values.to), async (range) => onApply(range));
  const label = (field: string) => (field === 'from' ? t('trends.customFrom') : field === 'to' ? t('trends.customTo') : null);
  return (
    <div className="zoom-custom" data-testid="trends-custom">
      <Form onSubmit={submit} errors={form.errors} label={label} saving={form.saving} submitLabel={t('trends.customApply')} onCancel={onCancel} submitTestId="trends-custom-apply">
        <TextField type="datetime-local" label={t('trends.customFrom')} value={form.values.from} onChange={(v) => form.set('from', v)} error={form.errors.from} testId="trends-custom-from" autoFocus />
        <TextField type="datetime-local" label={t('trends.customTo')} value={form.values.to} onChange={(v) => form.set('to', v)} error={form.errors.to} testId="trends-custom-to" />
      </Form>
    </div>
  );
}
