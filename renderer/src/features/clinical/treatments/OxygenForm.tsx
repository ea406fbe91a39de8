import { useTranslation } from 'react-i18next';
import { O2_DEVICES } from '../../../../../shared/clinical/events';
import { convertOxygen, FLOW_REQUIRED, type OxygenValues } from './eventForms';
import { toDateTimeLocal } from '../../../ui/form/datetime';
import { SelectField } from '../../../ui/form/SelectField';
import { TextField } from '../../../ui/form/TextField';
import { EventFormShell, type EventFormProps } from './EventFormShell';

/** Oxygen from this time on: the device and its flow; room air ends supplemental oxygen. */
export function OxygenForm(props: EventFormProps) {
  const { t } = useTranslation();
  const label = (f: string) => (f === 'device' ? t('treatments.oxygen.device') : f === 'flow' ? t('treatments.oxygen.flow') : f === 'fio2' ? t('treatments.oxygen.fio2') : null);
  return (
    <EventFormShell<OxygenValues> {...props} kind="oxygen" initialValues={(now) => ({ time: toDateTimeLocal(now), device: '', flow: '', fio2: '' })} convert={convertOxygen} label={label}>
      {({ values: v, update, errors }) => (
        <>
          <SelectField
            label={t('treatments.oxygen.device')}
            value={v.device}
            onChange={(x) => update((p) => ({ ...p, device: x as OxygenValues['device'] }))}
            options={O2_DEVICES.map((d) => ({ value: d, label: t(`treatments.oxygen.devices.${d}`) }))}
            error={errors.device}
            hint={v.device === 'room_air' ? t('treatments.oxygen.roomAirHint') : undefined}
            testId="oxygen-device"
          />
          {v.device !== 'room_air' && (
            <>
              <TextField
                label={t('treatments.oxygen.flow')}
                numeric
                optional={v.device === '' || !FLOW_REQUIRED.has(v.device)}
                hint={t('treatments.oxygen.flowHint')}
                value={v.flow}
                onChange={(x) => update((p) => ({ ...p, flow: x }))}
                error={errors.flow}
                testId="oxygen-flow"
              />
              <TextField label={t('treatments.oxygen.fio2')} numeric optional value={v.fio2} onChange={(x) => update((p) => ({ ...p, fio2: x }))} error={errors.fio2} testId="oxygen-fio2" />
            </>
          )}
        </>
      )}
    </EventFormShell>
  );
}
