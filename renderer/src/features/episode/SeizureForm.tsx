import { useTranslation } from 'react-i18next';
import type { ChecklistData } from '../../../../shared/episode/records';
import { seizureForm, type SeizureValues } from './checklistForms';
import { RadioField } from '../../ui/form/RadioField';
import { TextAreaField } from '../../ui/form/TextAreaField';
import { TextField } from '../../ui/form/TextField';
import { ItemFormShell, type ItemFormProps } from './ItemFormShell';

const FIELDS = ['given', 'drug', 'doseMg', 'frequency', 'startDate'] as const;

export function SeizureForm(props: ItemFormProps<ChecklistData<'seizure_prophylaxis'>>) {
  const { t } = useTranslation();
  const label = (field: string) =>
    field === 'notGivenReason' ? t('checklist.seizure.reason') : (FIELDS as readonly string[]).includes(field) ? t(`checklist.seizure.${field as (typeof FIELDS)[number]}`) : null;
  return (
    <ItemFormShell<SeizureValues, ChecklistData<'seizure_prophylaxis'>>
      {...props}
      kind="seizure"
      initialValues={() => (props.initial ? seizureForm.fromData(props.initial) : seizureForm.empty())}
      convert={seizureForm.convert}
      label={label}
    >
      {({ values: v, set, errors }) => (
        <>
          <RadioField
            label={t('checklist.seizure.given')}
            value={v.given}
            onChange={(x) => set('given', x as SeizureValues['given'])}
            options={[
              { value: 'yes', label: t('checklist.seizure.givenYes') },
              { value: 'no', label: t('checklist.seizure.givenNo') },
            ]}
            error={errors.given}
            testId="seizure-given"
          />
          {v.given === 'yes' && (
            <>
              <TextField label={t('checklist.seizure.drug')} value={v.drug} onChange={(x) => set('drug', x)} error={errors.drug} testId="seizure-drug" />
              <TextField label={t('checklist.seizure.doseMg')} numeric value={v.doseMg} onChange={(x) => set('doseMg', x)} error={errors.doseMg} testId="seizure-dose" />
              <TextField label={t('checklist.seizure.frequency')} value={v.frequency} onChange={(x) => set('frequency', x)} error={errors.frequency} testId="seizure-frequency" />
              <TextField label={t('checklist.seizure.startDate')} type="date" value={v.startDate} onChange={(x) => set('startDate', x)} error={errors.startDate} testId="seizure-start" />
            </>
          )}
          {v.given === 'no' && (
            <TextAreaField label={t('checklist.seizure.reason')} value={v.reason} onChange={(x) => set('reason', x)} error={errors.notGivenReason} testId="seizure-reason" />
          )}
        </>
      )}
    </ItemFormShell>
  );
}
