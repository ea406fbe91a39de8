import { useTranslation } from 'react-i18next';
import type { BaselineFinding } from '../../../../shared/episode/baselineFindings';
import type { ChecklistData } from '../../../../shared/episode/records';
import { acknowledgementForm } from './checklistForms';
import type { ItemFormProps } from './ItemFormShell';
import { ReasonItemForm } from './ReasonItemForm';

interface Props extends ItemFormProps<ChecklistData<'baseline_acknowledgement'>> {
  /** What the baseline shows now; a correction keeps the findings it acknowledged. */
  readonly findings: readonly BaselineFinding[];
}

/** The physician's reason the infusion may go ahead although the baseline is outside the thresholds. */
export function AcknowledgementForm({ findings, ...props }: Props) {
  const { t } = useTranslation();
  const covered = props.initial?.findings ?? findings;
  return (
    <ReasonItemForm
      submitLabel={props.correcting ? undefined : t('checklist.acknowledgementSubmit')}
      {...props}
      testKind="acknowledgement"
      field="acknowledgementReason"
      label={t('checklist.acknowledgementReason')}
      fromData={acknowledgementForm.fromData}
      convert={(v) => acknowledgementForm.convert(v, covered)}
    />
  );
}
