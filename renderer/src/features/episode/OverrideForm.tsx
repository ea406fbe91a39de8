import { useTranslation } from 'react-i18next';
import type { ChecklistData } from '../../../../shared/episode/records';
import { overrideForm } from './checklistForms';
import type { ItemFormProps } from './ItemFormShell';
import { ReasonItemForm } from './ReasonItemForm';

/** The physician's reason the infusion may go ahead outside the product's window. */
export function OverrideForm(props: ItemFormProps<ChecklistData<'timing_override'>>) {
  const { t } = useTranslation();
  return (
    <ReasonItemForm
      submitLabel={props.correcting ? undefined : t('checklist.overrideSubmit')}
      {...props}
      testKind="override"
      field="overrideReason"
      label={t('checklist.overrideReason')}
      fromData={overrideForm.fromData}
      convert={overrideForm.convert}
    />
  );
}
