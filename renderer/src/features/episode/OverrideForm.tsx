import { useTranslation } from 'react-i18next';
import type { ChecklistData } from '../../../../shared/episode/records';
import { overrideForm, type OverrideValues } from './checklistForms';
import { TextAreaField } from '../../ui/form/TextAreaField';
import { ItemFormShell, type ItemFormProps } from './ItemFormShell';

/** The physician's reason the infusion may go ahead outside the product's window. */
export function OverrideForm(props: ItemFormProps<ChecklistData<'timing_override'>>) {
  const { t } = useTranslation();
  return (
    <ItemFormShell<OverrideValues, ChecklistData<'timing_override'>>
      submitLabel={props.correcting ? undefined : t('checklist.overrideSubmit')}
      {...props}
      kind="override"
      initialValues={() => (props.initial ? overrideForm.fromData(props.initial) : overrideForm.empty())}
      convert={overrideForm.convert}
      label={(field) => (field === 'overrideReason' ? t('checklist.overrideReason') : null)}
    >
      {({ values: v, set, errors }) => (
        <TextAreaField label={t('checklist.overrideReason')} value={v.reason} onChange={(x) => set('reason', x)} error={errors.overrideReason} testId="override-reason" />
      )}
    </ItemFormShell>
  );
}
