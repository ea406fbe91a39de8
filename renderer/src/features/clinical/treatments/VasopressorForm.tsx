import { useTranslation } from 'react-i18next';
import { VASOACTIVE_DRUGS } from '../../../../../shared/clinical/events';
import { convertVasopressor, DOSE_UNITS, type VasopressorValues } from './eventForms';
import { toDateTimeLocal } from '../../../ui/form/datetime';
import { RadioField } from '../../../ui/form/RadioField';
import { SelectField } from '../../../ui/form/SelectField';
import { TextField } from '../../../ui/form/TextField';
import { EventFormShell, type EventFormProps } from './EventFormShell';

const NOT_COUNTED = new Set(['dobutamine', 'milrinone', 'midodrine']);

/** A vasopressor started, titrated or stopped, with its dose. */
export function VasopressorForm(props: EventFormProps) {
  const { t } = useTranslation();
  const label = (f: string) =>
    f === 'drug' ? t('treatments.vasopressor.drug') : f === 'action' ? t('treatments.vasopressor.action') : f === 'dose' ? t('treatments.vasopressor.dose') : null;
  const initial = (now: number): VasopressorValues => ({ time: toDateTimeLocal(now), drug: '', action: '', dose: '', doseUnit: DOSE_UNITS[0] });
  return (
    <EventFormShell<VasopressorValues> {...props} kind="vasopressor" initialValues={initial} convert={convertVasopressor} label={label}>
      {({ values: v, update, errors }) => (
        <>
          <SelectField
            label={t('treatments.vasopressor.drug')}
            value={v.drug}
            onChange={(x) => update((p) => ({ ...p, drug: x as VasopressorValues['drug'], doseUnit: x === 'vasopressin' ? 'units/min' : p.doseUnit }))}
            options={VASOACTIVE_DRUGS.map((d) => ({ value: d, label: t(`treatments.vasopressor.drugs.${d}`) }))}
            error={errors.drug}
            hint={NOT_COUNTED.has(v.drug) ? t('treatments.vasopressor.notCounted') : undefined}
            testId="vaso-drug"
          />
          <RadioField
            label={t('treatments.vasopressor.action')}
            value={v.action}
            onChange={(x) => update((p) => ({ ...p, action: x as VasopressorValues['action'] }))}
            options={(['start', 'titrate', 'stop'] as const).map((a) => ({ value: a, label: t(`treatments.vasopressor.actions.${a}`) }))}
            error={errors.action}
            testId="vaso-action"
          />
          <TextField
            label={t('treatments.vasopressor.dose')}
            numeric
            optional={v.action === 'stop'}
            value={v.dose}
            onChange={(x) => update((p) => ({ ...p, dose: x }))}
            error={errors.dose}
            testId="vaso-dose"
          />
          <SelectField
            label={t('treatments.vasopressor.doseUnit')}
            value={v.doseUnit}
            onChange={(x) => update((p) => ({ ...p, doseUnit: x }))}
            options={DOSE_UNITS.map((u) => ({ value: u, label: u }))}
            testId="vaso-unit"
          />
        </>
      )}
    </EventFormShell>
  );
}
