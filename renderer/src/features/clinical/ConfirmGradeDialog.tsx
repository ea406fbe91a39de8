// A physician confirms the suggested grade or changes it with a reason (grades.confirm; the station lets only a
// physician do it). What is confirmed is the grade now, or an ended CRS course / ICANS span picked from the list,
// compared with the station's maximum suggestion for it. The suggested grade stays on record beside the confirmed one.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DEATH_GRADE, type Grade, type GradeKind } from '../../../../shared/api/methods/clinical';
import type { ConfirmableSpan } from '../../../../shared/clinical/confirmableSpans';
import type { StationClient } from '../../api/stationClient';
import { convertConfirmation, gradeChoices, gradeLabel, gradeValue, needsReason, parseGrade, spanDays, type ConfirmValues } from './grades';
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
  /** Day 0 of the episode, to name the Days of past courses. */
  readonly infusionTime: number | null;
  readonly onClose: () => void;
}

const NOW = 'now';
const spanKey = (s: ConfirmableSpan) => `${s.from}-${s.to}`;

export function ConfirmGradeDialog({ client, kind, suggested, infusionTime, onClose }: Props) {
  const { t } = useTranslation();
  const { perform, user } = useSession();
  const [spans, setSpans] = useState<readonly ConfirmableSpan[]>([]);
  const [target, setTarget] = useState(NOW);
  const form = useForm<ConfirmValues>({ grade: gradeValue(suggested), reason: '' });
  const span = spans.find((s) => spanKey(s) === target);
  const compared = span ? span.maxGrade : suggested;
  const chosen = parseGrade(form.values.grade);
  const changed = chosen !== null && needsReason(compared, chosen);
  const name = t(`clinical.kinds.${kind}`);

  useEffect(() => {
    let cancelled = false;
    // Without the list only "now" can be confirmed, as before spans existed.
    client.call('grades.spans', { kind }).then(
      (list) => !cancelled && setSpans(list),
      () => undefined,
    );
    return () => {
      cancelled = true;
    };
  }, [client, kind]);

  const pick = (key: string) => {
    setTarget(key);
    const picked = spans.find((s) => spanKey(s) === key);
    form.set('grade', gradeValue(picked ? picked.maxGrade : suggested));
  };
  const submit = async () => {
    const ok = await form.submit(convertConfirmation(kind, compared, form.values, span), (input) => perform(() => client.call('grades.confirm', input)));
    if (ok) onClose();
  };
  const targets = [
    { value: NOW, label: t('clinical.confirm.targetNow', { grade: gradeLabel(suggested) }) },
    ...[...spans].reverse().map((s) => ({ value: spanKey(s), label: t(`clinical.confirm.target.${kind}`, { days: spanDays(s, infusionTime), grade: gradeLabel(s.maxGrade) }) })),
  ];

  return (
    <Modal title={t('clinical.confirm.title', { kind: name })} onClose={onClose} testId="confirm-dialog">
      <p className="field-hint">{t('clinical.confirm.physicianOnly')}</p>
      {user !== null && user.role !== 'physician' && (
        <p className="warning" data-testid="confirm-not-physician">
          {t('clinical.confirm.notPhysician', { role: roleLabel(user.role) })}
        </p>
      )}
      <p className="confirm-suggested" data-testid="confirm-suggested">
        {span ? t('clinical.confirm.suggestedSpan', { days: spanDays(span, infusionTime), grade: gradeLabel(span.maxGrade) }) : t('clinical.confirm.suggestedNow', { grade: gradeLabel(suggested) })}
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
        {spans.length > 0 && <RadioField label={t('clinical.confirm.targetLabel')} value={target} onChange={pick} options={targets} testId="confirm-target" />}
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
