import { useTranslation } from 'react-i18next';
import type { ChecklistData } from '../../../../shared/episode/records';
import { infectionForm, type InfectionValues } from './checklistForms';
import { CheckboxField } from '../../ui/form/CheckboxField';
import { RadioField } from '../../ui/form/RadioField';
import { TextAreaField } from '../../ui/form/TextAreaField';
import { TextField } from '../../ui/form/TextField';
import { ItemFormShell, type ItemFormProps } from './ItemFormShell';

const RESULTS = ['negative', 'positive', 'pending'] as const;

export function InfectionForm(props: ItemFormProps<ChecklistData<'infection_screening'>>) {
  const { t } = useTranslation();
  const label = (field: string) =>
    field === 'result' || field === 'date' || field === 'activeInfection' || field === 'notes' ? t(`checklist.infection.${field}`) : null;
  return (
    <ItemFormShell<InfectionValues, ChecklistData<'infection_screening'>>
      {...props}
      kind="infection"
      initialValues={() => (props.initial ? infectionForm.fromData(props.initial) : infectionForm.empty())}
      convert={infectionForm.convert}
      label={label}
    >
      {({ values: v, set, errors }) => (
        <>
          <RadioField
            label={t('checklist.infection.result')}
            value={v.result}
            onChange={(x) => set('result', x as InfectionValues['result'])}
            options={RESULTS.map((r) => ({ value: r, label: t(`checklist.infection.${r}`) }))}
            error={errors.result}
            testId="infection-result"
          />
          <TextField label={t('checklist.infection.date')} type="date" value={v.date} onChange={(x) => set('date', x)} error={errors.date} testId="infection-date" />
          <CheckboxField label={t('checklist.infection.activeInfection')} checked={v.activeInfection} onChange={(x) => set('activeInfection', x)} testId="infection-active" />
          <TextAreaField label={t('checklist.infection.notes')} optional value={v.notes} onChange={(x) => set('notes', x)} error={errors.notes} testId="infection-notes" />
        </>
      )}
    </ItemFormShell>
  );
}
