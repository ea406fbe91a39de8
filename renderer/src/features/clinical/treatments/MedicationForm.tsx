import { useTranslation } from 'react-i18next';
import { MEDICATION_CLASSES, MEDICATION_INDICATIONS } from '../../../../../shared/clinical/events';
import { classOfDrug, convertMedication, isTocilizumab, KNOWN_DRUGS, MASKING_CLASSES, type MedicationValues } from './eventForms';
import { toDateTimeLocal } from '../../../ui/form/datetime';
import { RadioField } from '../../../ui/form/RadioField';
import { SelectField } from '../../../ui/form/SelectField';
import { TextField } from '../../../ui/form/TextField';
import { EventFormShell, type EventFormProps } from './EventFormShell';
import { TocilizumabHelper } from './TocilizumabHelper';

const FIELDS = ['drug', 'drugClass', 'indication', 'doseText'] as const;

/** A medication given: drug, class, why it was given (premedication vs treatment matters), dose. */
export function MedicationForm(props: EventFormProps) {
  const { t } = useTranslation();
  const label = (f: string) => ((FIELDS as readonly string[]).includes(f) ? t(`treatments.medication.${f as (typeof FIELDS)[number]}`) : null);
  const initial = (now: number): MedicationValues => ({ time: toDateTimeLocal(now), drug: '', drugClass: '', indication: '', doseText: '' });
  return (
    <EventFormShell<MedicationValues> {...props} kind="medication" initialValues={initial} convert={convertMedication} label={label}>
      {({ values: v, update, errors }) => (
        <>
          <TextField
            label={t('treatments.medication.drug')}
            value={v.drug}
            onChange={(x) => update((p) => ({ ...p, drug: x, drugClass: classOfDrug(x) ?? p.drugClass }))}
            list="known-drugs"
            error={errors.drug}
            testId="med-drug"
          />
          <datalist id="known-drugs">
            {Object.keys(KNOWN_DRUGS).map((d) => (
              <option key={d} value={d} />
            ))}
          </datalist>
          <SelectField
            label={t('treatments.medication.drugClass')}
            value={v.drugClass}
            onChange={(x) => update((p) => ({ ...p, drugClass: x as MedicationValues['drugClass'] }))}
            options={MEDICATION_CLASSES.map((c) => ({ value: c, label: t(`treatments.medication.classes.${c}`) }))}
            error={errors.drugClass}
            hint={v.drugClass !== '' && MASKING_CLASSES.has(v.drugClass) ? t('treatments.medication.masks') : undefined}
            testId="med-class"
          />
          <TextField label={t('treatments.medication.doseText')} value={v.doseText} onChange={(x) => update((p) => ({ ...p, doseText: x }))} error={errors.doseText} testId="med-dose" />
          <div className="field-wide">
            <RadioField
              label={t('treatments.medication.indication')}
              value={v.indication}
              onChange={(x) => update((p) => ({ ...p, indication: x as MedicationValues['indication'] }))}
              options={MEDICATION_INDICATIONS.map((i) => ({ value: i, label: t(`treatments.medication.indications.${i}`) }))}
              error={errors.indication}
              testId="med-indication"
            />
            <p className="field-hint indication-explain" data-testid="med-indication-explain">
              {t('treatments.medication.indicationExplain')}
            </p>
          </div>
          {isTocilizumab(v.drug) && <TocilizumabHelper at={v.time} onUse={(doseText) => update((p) => ({ ...p, doseText }))} />}
        </>
      )}
    </EventFormShell>
  );
}
