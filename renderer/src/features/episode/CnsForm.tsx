import { useTranslation } from 'react-i18next';
import type { ChecklistData } from '../../../../shared/episode/records';
import { cnsForm, type CnsValues } from './checklistForms';
import { useSession } from '../../ui/session/SessionContext';
import { CheckboxField } from '../../ui/form/CheckboxField';
import { RadioField } from '../../ui/form/RadioField';
import { TextAreaField } from '../../ui/form/TextAreaField';
import { TextField } from '../../ui/form/TextField';
import { ItemFormShell, type ItemFormProps } from './ItemFormShell';

export function CnsForm(props: ItemFormProps<ChecklistData<'cns_evaluation'>>) {
  const { t } = useTranslation();
  const { staff } = useSession();
  const label = (field: string) =>
    field === 'history' || field === 'assessmentDone' || field === 'decision' || field === 'physicianName' || field === 'notes' ? t(`checklist.cns.${field}`) : null;
  return (
    <ItemFormShell<CnsValues, ChecklistData<'cns_evaluation'>>
      {...props}
      kind="cns"
      initialValues={() => (props.initial ? cnsForm.fromData(props.initial) : cnsForm.empty())}
      convert={cnsForm.convert}
      label={label}
    >
      {({ values: v, set, errors }) => (
        <>
          <CheckboxField label={t('checklist.cns.history')} checked={v.history} onChange={(x) => set('history', x)} testId="cns-history" />
          <CheckboxField label={t('checklist.cns.assessmentDone')} checked={v.assessmentDone} onChange={(x) => set('assessmentDone', x)} testId="cns-assessment" />
          <RadioField
            label={t('checklist.cns.decision')}
            value={v.decision}
            onChange={(x) => set('decision', x as CnsValues['decision'])}
            options={(['proceed', 'postpone'] as const).map((d) => ({ value: d, label: t(`checklist.cns.${d}`) }))}
            error={errors.decision}
            testId="cns-decision"
          />
          <TextField
            label={t('checklist.cns.physicianName')}
            value={v.physicianName}
            onChange={(x) => set('physicianName', x)}
            error={errors.physicianName}
            testId="cns-physician"
            list="cns-physicians"
          />
          <datalist id="cns-physicians">
            {staff
              .filter((s) => s.role === 'physician')
              .map((s) => (
                <option key={s.id} value={s.name} />
              ))}
          </datalist>
          <TextAreaField label={t('checklist.cns.notes')} optional value={v.notes} onChange={(x) => set('notes', x)} error={errors.notes} testId="cns-notes" />
        </>
      )}
    </ItemFormShell>
  );
}
