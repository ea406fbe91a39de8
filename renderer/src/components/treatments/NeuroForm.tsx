import { useTranslation } from 'react-i18next';
import { CONSCIOUSNESS_LEVELS } from '../../../../shared/clinical/neuroEvents';
import { iceTotal } from '../../clinical/ice';
import { convertNeuro, emptyNeuro, type IceMode, type NeuroValues } from '../../clinical/neuroForms';
import { toDateTimeLocal } from '../../forms/datetime';
import { CheckboxField } from '../form/CheckboxField';
import { RadioField } from '../form/RadioField';
import { SelectField } from '../form/SelectField';
import { TextField } from '../form/TextField';
import { EventFormShell, type EventFormProps } from './EventFormShell';
import { IceItemsField } from './IceItemsField';
import { NeuroFindingsFields } from './NeuroFindingsFields';

const LABELS = {
  iceMode: 'treatments.neuro.iceMode',
  notAssessableReason: 'treatments.neuro.notAssessableReason',
  consciousness: 'treatments.neuro.consciousness',
  otherText: 'treatments.neuro.otherText',
} as const;

/** A bedside neuro assessment: ICE item by item (or why not), the level of consciousness, other signs. */
export function NeuroForm(props: EventFormProps) {
  const { t } = useTranslation();
  const label = (f: string) => (Object.hasOwn(LABELS, f) ? t(LABELS[f as keyof typeof LABELS]) : null);
  const submitLabel = (v: NeuroValues) => (v.iceMode === 'items' ? `${t('treatments.submit')}: ${t('treatments.neuro.total', { total: iceTotal(v.items) })}` : t('treatments.submit'));
  return (
    <EventFormShell<NeuroValues> {...props} kind="neuro" initialValues={(now) => emptyNeuro(toDateTimeLocal(now))} convert={convertNeuro} label={label} submitLabel={submitLabel}>
      {(form) => {
        const { values: v, update, errors } = form;
        return (
          <>
            <SelectField
              label={t('treatments.neuro.consciousness')}
              value={v.consciousness}
              onChange={(x) => update((p) => ({ ...p, consciousness: x as NeuroValues['consciousness'] }))}
              options={CONSCIOUSNESS_LEVELS.map((l) => ({ value: l, label: t(`treatments.neuro.levels.${l}`) }))}
              error={errors.consciousness}
              testId="neuro-consciousness"
            />
            <CheckboxField label={t('treatments.neuro.newConfusion')} checked={v.newConfusion} onChange={(x) => update((p) => ({ ...p, newConfusion: x }))} testId="neuro-confusion" />
            <CheckboxField label={t('treatments.neuro.globalAphasia')} checked={v.globalAphasia} onChange={(x) => update((p) => ({ ...p, globalAphasia: x }))} testId="neuro-aphasia" />
            <div className="field-wide">
              <RadioField
                label={t('treatments.neuro.iceMode')}
                value={v.iceMode}
                onChange={(x) => update((p) => ({ ...p, iceMode: x as IceMode }))}
                options={(['items', 'notAssessable', 'none'] as const).map((m) => ({ value: m, label: t(`treatments.neuro.modes.${m}`) }))}
                error={errors.iceMode}
                testId="neuro-ice-mode"
              />
            </div>
            {v.iceMode === 'items' && <IceItemsField items={v.items} onChange={(item, done) => update((p) => ({ ...p, items: { ...p.items, [item]: done } }))} />}
            {v.iceMode === 'notAssessable' && (
              <TextField
                label={t('treatments.neuro.notAssessableReason')}
                hint={t('treatments.neuro.notAssessableHint')}
                value={v.notAssessableReason}
                onChange={(x) => update((p) => ({ ...p, notAssessableReason: x }))}
                error={errors.notAssessableReason}
                testId="neuro-reason"
              />
            )}
            <NeuroFindingsFields form={form} />
          </>
        );
      }}
    </EventFormShell>
  );
}
