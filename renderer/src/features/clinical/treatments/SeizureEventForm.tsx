import { useTranslation } from 'react-i18next';
import { SEIZURE_TYPES } from '../../../../../shared/clinical/neuroEvents';
import { convertSeizure, type SeizureEventValues } from './neuroForms';
import { toDateTimeLocal } from '../../../ui/form/datetime';
import { CheckboxField } from '../../../ui/form/CheckboxField';
import { RadioField } from '../../../ui/form/RadioField';
import { TextField } from '../../../ui/form/TextField';
import { EventFormShell, type EventFormProps } from './EventFormShell';

const LABELS = { seizureType: 'treatments.seizure.type', duration: 'treatments.seizure.duration', resolved: 'treatments.seizure.resolved' } as const;

/** A seizure: its type, duration (blank when not known) and whether it resolved. */
export function SeizureEventForm(props: EventFormProps) {
  const { t } = useTranslation();
  const label = (f: string) => (Object.hasOwn(LABELS, f) ? t(LABELS[f as keyof typeof LABELS]) : null);
  const initial = (now: number): SeizureEventValues => ({ time: toDateTimeLocal(now), seizureType: '', duration: '', resolved: '', repetitive: false });
  return (
    <EventFormShell<SeizureEventValues> {...props} kind="seizure" initialValues={initial} convert={convertSeizure} label={label}>
      {({ values: v, update, errors }) => (
        <>
          <RadioField
            label={t('treatments.seizure.type')}
            value={v.seizureType}
            onChange={(x) => update((p) => ({ ...p, seizureType: x as SeizureEventValues['seizureType'] }))}
            options={SEIZURE_TYPES.map((s) => ({ value: s, label: t(`treatments.seizure.types.${s}`) }))}
            error={errors.seizureType}
            testId="seizure-type"
          />
          <TextField
            label={t('treatments.seizure.duration')}
            numeric
            optional
            hint={t('treatments.seizure.durationHint')}
            value={v.duration}
            onChange={(x) => update((p) => ({ ...p, duration: x }))}
            error={errors.duration}
            testId="seizure-duration"
          />
          <RadioField
            label={t('treatments.seizure.resolved')}
            value={v.resolved}
            onChange={(x) => update((p) => ({ ...p, resolved: x as SeizureEventValues['resolved'] }))}
            options={[
              { value: 'yes', label: t('treatments.seizure.yes') },
              { value: 'no', label: t('treatments.seizure.no') },
            ]}
            error={errors.resolved}
            testId="seizure-resolved"
          />
          <CheckboxField label={t('treatments.seizure.repetitive')} checked={v.repetitive} onChange={(x) => update((p) => ({ ...p, repetitive: x }))} testId="seizure-repetitive" />
        </>
      )}
    </EventFormShell>
  );
}
