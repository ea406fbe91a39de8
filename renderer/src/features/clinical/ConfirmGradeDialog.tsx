// A physician confirms the suggested grade or changes it with a reason (grades.confirm; the station lets only a
// physician do it). The suggested grade stays on record beside the confirmed one.
import { useTranslation } from 'react-i18next';
import { DEATH_GRADE, type Grade, type GradeKind } from '../../../../shared/api/methods/clinical';
import type { StationClient } from '../../api/stationClient';
import { convertConfirmation, gradeChoices, gradeLabel, gradeValue, needsReason, parseGrade, type ConfirmValues } from './grades';
import { roleLabel } from '../../ui/format/labels';
import { useForm } from '../../ui/form/useForm';
import { useSession } from '../../ui/session/SessionContext';
import { Form } from '../../ui/form/Form';
import { RadioField } from '../../ui/form/RadioField';
import { TextAreaField } from '../../ui/form/TextAreaField';
import { Modal } from '../../ui/Modal';

interface Props {
  readonly client: StationClient;
  readonly kind: GradeKind;
  readonly suggested: Grade;
  readonly onClose: () => void;
}

export function ConfirmGradeDialog({ client, kind, suggested, onClose }: Props) {
  const { t } = useTranslation();
  const { perform, user } = useSession();
  const form = useForm<ConfirmValues>({ grade: gradeValue(suggested), reason: '' });
  const chosen = parseGrade(form.values.grade);
  const changed = chosen !== null && needsReason(suggested, chosen);
  const name = t(`clinical.kinds.${kind}`);

  const submit = async () => {
    const ok = await form.submit(convertConfirmation(kind, suggested, form.values), (input) => perform(() => client.call('grades.confirm', input)));
    if (ok) onClose();
  };

  return (
    <Modal title={t('clinical.confirm.title', { kind: name })} onClose={onClose} testId="confirm-dialog">
      <p className="field-hint">{t('clinical.confirm.physicianOnly')}</p>
      {user !== null && user.role !== 'physician' && (
        <p className="warning" data-testid="confirm-not-physician">
          {t('clinical.confirm.notPhysician', { role: roleLabel(user.role) })}
        </p>
      )}
      <p className="confirm-suggested" data-testid="confirm-suggested">
        {t('clinical.confirm.suggestedNow', { grade: gradeLabel(suggested) })}
      </p>
      <Form
        onSubmit={() => void submit()}
        errors={form.errors}
        label={(field) => (field === 'grade' ? t('clinical.confirm.grade') : field === 'reason' ? t('clinical.confirm.reason') : null)}
        saving={form.saving}
        submitLabel={t('clinical.confirm.submit')}
        onCancel={onClose}
        testId="confirm-form"
        submitTestId="confirm-submit"
      >
        <RadioField
          label={t('clinical.confirm.grade')}
          value={form.values.grade}
          onChange={(v) => form.set('grade', v)}
          options={gradeChoices(kind).map((g) => ({ value: gradeValue(g), label: g === DEATH_GRADE ? t('clinical.confirm.deathGrade', { grade: gradeLabel(g), kind: name }) : gradeLabel(g) }))}
          error={form.errors.grade}
          testId="confirm-grade"
        />
        <TextAreaField
          label={changed ? t('clinical.confirm.reasonChanged') : t('clinical.confirm.reason')}
          optional={!changed}
          hint={t('clinical.confirm.reasonHint')}
          value={form.values.reason}
          onChange={(v) => form.set('reason', v)}
          error={form.errors.reason}
          testId="confirm-reason"
        />
      </Form>
    </Modal>
  );
}
