// The short records: a fluid bolus, a neuroimaging finding, a note.
import { useTranslation } from 'react-i18next';
import { IMAGING_FINDINGS } from '../../../../../shared/clinical/neuroEvents';
import { convertFluid, convertImaging, convertNote, type FluidValues, type ImagingValues, type NoteValues } from './eventForms';
import { toDateTimeLocal } from '../../../ui/form/datetime';
import { SelectField } from '../../../ui/form/SelectField';
import { TextAreaField } from '../../../ui/form/TextAreaField';
import { TextField } from '../../../ui/form/TextField';
import { EventFormShell, type EventFormProps } from './EventFormShell';

export function FluidForm(props: EventFormProps) {
  const { t } = useTranslation();
  const label = (f: string) => (f === 'volume' ? t('treatments.fluid.volume') : f === 'indication' ? t('treatments.fluid.indication') : null);
  return (
    <EventFormShell<FluidValues> {...props} kind="fluid_bolus" initialValues={(now) => ({ time: toDateTimeLocal(now), volume: '', indication: '' })} convert={convertFluid} label={label}>
      {({ values: v, update, errors }) => (
        <>
          <TextField label={t('treatments.fluid.volume')} numeric value={v.volume} onChange={(x) => update((p) => ({ ...p, volume: x }))} error={errors.volume} testId="fluid-volume" />
          <TextField label={t('treatments.fluid.indication')} optional value={v.indication} onChange={(x) => update((p) => ({ ...p, indication: x }))} error={errors.indication} testId="fluid-indication" />
        </>
      )}
    </EventFormShell>
  );
}

export function ImagingForm(props: EventFormProps) {
  const { t } = useTranslation();
  const label = (f: string) => (f === 'finding' ? t('treatments.imaging.finding') : f === 'modality' ? t('treatments.imaging.modality') : null);
  return (
    <EventFormShell<ImagingValues> {...props} kind="imaging" initialValues={(now) => ({ time: toDateTimeLocal(now), modality: '', finding: '' })} convert={convertImaging} label={label}>
      {({ values: v, update, errors }) => (
        <>
          <SelectField
            label={t('treatments.imaging.modality')}
            optional
            value={v.modality}
            onChange={(x) => update((p) => ({ ...p, modality: x as ImagingValues['modality'] }))}
            options={[
              { value: 'CT', label: 'CT' },
              { value: 'MRI', label: 'MRI' },
            ]}
            testId="imaging-modality"
          />
          <SelectField
            label={t('treatments.imaging.finding')}
            value={v.finding}
            onChange={(x) => update((p) => ({ ...p, finding: x }))}
            options={IMAGING_FINDINGS.map((f) => ({ value: f, label: t(`treatments.imaging.findings.${f}`) }))}
            error={errors.finding}
            testId="imaging-finding"
          />
        </>
      )}
    </EventFormShell>
  );
}

export function NoteForm(props: EventFormProps) {
  const { t } = useTranslation();
  return (
    <EventFormShell<NoteValues> {...props} kind="note" initialValues={(now) => ({ time: toDateTimeLocal(now), text: '' })} convert={convertNote} label={(f) => (f === 'text' ? t('treatments.note.text') : null)}>
      {({ values: v, update, errors }) => (
        <TextAreaField label={t('treatments.note.text')} rows={3} value={v.text} onChange={(x) => update((p) => ({ ...p, text: x }))} error={errors.text} testId="note-text" />
      )}
    </EventFormShell>
  );
}
