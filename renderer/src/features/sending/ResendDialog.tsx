// "Send again": a parked message goes back in the queue unchanged (same MSH-10), with a reason the station audits.
import { useTranslation } from 'react-i18next';
import { outboundMethods, type ParkedMessage } from '../../../../shared/api/methods/outbound';
import type { StationClient } from '../../api/stationClient';
import { issuesToErrors } from '../../ui/form/issues';
import { useForm } from '../../ui/form/useForm';
import { useSession } from '../../ui/session/SessionContext';
import { Form } from '../../ui/form/Form';
import { TextAreaField } from '../../ui/form/TextAreaField';
import { Modal } from '../../ui/Modal';

export function ResendDialog({ client, message, onClose }: { client: StationClient; message: ParkedMessage; onClose: (sent: boolean) => void }) {
  const { t } = useTranslation();
  const { perform } = useSession();
  const form = useForm({ reason: '' });
  const submit = async () => {
    const parsed = outboundMethods['outbound.resend'].input.safeParse({ messageId: message.id, reason: form.values.reason });
    const converted = parsed.success ? { ok: true as const, value: parsed.data } : { ok: false as const, errors: issuesToErrors(parsed.error.issues) };
    if (await form.submit(converted, (input) => perform(() => client.call('outbound.resend', input)))) onClose(true);
  };
  return (
    <Modal title={t('sending.resend.title', { control: message.controlId })} onClose={() => onClose(false)} testId="resend-dialog">
      <p>{t('sending.resend.explain')}</p>
      <Form
        onSubmit={() => void submit()}
        errors={form.errors}
        label={(field) => (field === 'reason' ? t('sending.resend.reason') : null)}
        saving={form.saving}
        submitLabel={t('sending.resend.submit')}
        onCancel={() => onClose(false)}
        submitTestId="resend-submit"
      >
        <TextAreaField label={t('sending.resend.reason')} hint={t('sending.resend.reasonHint')} value={form.values.reason} onChange={(x) => form.set('reason', x)} error={form.errors.reason} testId="resend-reason" />
      </Form>
    </Modal>
  );
}
