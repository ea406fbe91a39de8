// Acknowledge a flag (a nurse or a physician; the station checks), with an optional note.
import { useTranslation } from 'react-i18next';
import type { FlagView } from '../../../../shared/api/methods/clinical';
import type { StationClient } from '../../api/stationClient';
import { flagTitle } from './flagTitle';
import type { Converted } from '../../ui/form/result';
import { useForm } from '../../ui/form/useForm';
import { useSession } from '../../ui/session/SessionContext';
import { Form } from '../../ui/form/Form';
import { TextAreaField } from '../../ui/form/TextAreaField';
import { Modal } from '../../ui/Modal';

const MAX_NOTE = 500;

export function AcknowledgeDialog({ client, flag, onClose }: { client: StationClient; flag: FlagView; onClose: () => void }) {
  const { t } = useTranslation();
  const { perform } = useSession();
  const form = useForm({ note: '' });

  const convert = (): Converted<{ flagId: number; note?: string }> => {
    const note = form.values.note.trim();
    if (note.length > MAX_NOTE) return { ok: false, errors: { note: { code: 'tooLong', params: { max: MAX_NOTE } } } };
    return { ok: true, value: { flagId: flag.id, ...(note !== '' ? { note } : {}) } };
  };
  const submit = async () => {
    if (await form.submit(convert(), (input) => perform(() => client.call('flags.acknowledge', input)))) onClose();
  };

  return (
    <Modal title={t('clinical.flags.ackTitle', { title: flagTitle(flag.code) })} onClose={onClose} testId="ack-dialog">
      <p className="field-hint">{t('clinical.flags.ackHint')}</p>
      <Form
        onSubmit={() => void submit()}
        errors={form.errors}
        label={(field) => (field === 'note' ? t('clinical.flags.ackNote') : null)}
        saving={form.saving}
        submitLabel={t('clinical.flags.ackSubmit')}
        onCancel={onClose}
        testId="ack-form"
        submitTestId="ack-submit"
      >
        <TextAreaField label={t('clinical.flags.ackNote')} optional value={form.values.note} onChange={(v) => form.set('note', v)} error={form.errors.note} testId="ack-note" />
      </Form>
    </Modal>
  );
}
