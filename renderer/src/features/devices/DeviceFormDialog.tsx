// Add or edit a device: name, protocol (with the line settings the monitor uses), serial port, settings.
import { useTranslation } from 'react-i18next';
import type { ProtocolInfo } from '../../../../shared/api/methods/devices';
import { PROTOCOLS, type DeviceInfo } from '../../../../shared/device';
import type { StationClient } from '../../api/stationClient';
import { convertDevice, deviceValues, emptyDevice, settingSpecs, type DeviceValues } from './deviceForm';
import { settingLabel } from './labels';
import { useForm } from '../../ui/form/useForm';
import { useSession } from '../../ui/session/SessionContext';
import { Form } from '../../ui/form/Form';
import { SelectField } from '../../ui/form/SelectField';
import { TextField } from '../../ui/form/TextField';
import { Modal } from '../../ui/Modal';
import { PortField } from './PortField';
import { SettingsFields } from './SettingsFields';

interface Props {
  readonly client: StationClient;
  readonly device: DeviceInfo | null;
  readonly protocols: readonly ProtocolInfo[];
  readonly onClose: () => void;
}

export function DeviceFormDialog({ client, device, protocols, onClose }: Props) {
  const { t } = useTranslation();
  const { perform } = useSession();
  const form = useForm<DeviceValues>(() => (device ? deviceValues(device) : emptyDevice()));
  const { values: v, update, errors } = form;
  const info = protocols.find((p) => p.protocol === v.protocol);
  const specs = settingSpecs(v.protocol, info);
  const label = (field: string) =>
    field === 'name' ? t('deviceSetup.form.name') : field === 'protocol' ? t('deviceSetup.form.protocol') : field === 'port' ? t('deviceSetup.form.port') : field.startsWith('settings.') ? settingLabel(field.slice(9)) : null;

  const submit = async () => {
    const ok = await form.submit(convertDevice(v, specs), (input) => perform(() => client.call('devices.save', input)));
    if (ok) onClose();
  };

  return (
    <Modal title={device ? t('deviceSetup.form.editTitle', { name: device.name }) : t('deviceSetup.form.addTitle')} onClose={onClose} testId="device-dialog" wide>
      <Form onSubmit={() => void submit()} errors={errors} label={label} saving={form.saving} submitLabel={t('deviceSetup.form.submit')} onCancel={onClose} testId="device-form" submitTestId="device-submit">
        <TextField
          label={t('deviceSetup.form.name')}
          placeholder={t('deviceSetup.form.namePlaceholder')}
          value={v.name}
          onChange={(x) => update((p) => ({ ...p, name: x }))}
          error={errors.name}
          testId="device-name"
          autoFocus
        />
        <SelectField
          label={t('deviceSetup.form.protocol')}
          value={v.protocol}
          onChange={(x) => update((p) => ({ ...p, protocol: x as DeviceValues['protocol'], settings: {} }))}
          options={PROTOCOLS.map((p) => ({ value: p, label: protocols.find((i) => i.protocol === p)?.title ?? p }))}
          error={errors.protocol}
          hint={info ? `${t('deviceSetup.form.line', { line: info.line })}. ${t('deviceSetup.form.lineHint')}` : undefined}
          testId="device-protocol"
        />
        <PortField client={client} value={v.port} onChange={(x) => update((p) => ({ ...p, port: x }))} error={errors.port} />
        <SettingsFields specs={specs} values={v} errors={errors} onChange={(key, text) => update((p) => ({ ...p, settings: { ...p.settings, [key]: text } }))} />
      </Form>
    </Modal>
  );
}
