// The serial port: chosen from the ports the station lists, or typed (another port, or when the system cannot
// list them: the station's reason is shown).
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SerialPortList } from '../../../../shared/api/methods/devices';
import type { StationClient } from '../../api/stationClient';
import type { ErrorMessage } from '../../ui/form/result';
import { SelectField } from '../../ui/form/SelectField';
import { TextField } from '../../ui/form/TextField';
import { errorMessage } from '../../../../shared/errors';

const OTHER = '__other__';

interface Props {
  readonly client: StationClient;
  readonly value: string;
  readonly onChange: (port: string) => void;
  readonly error: ErrorMessage | undefined;
}

export function PortField({ client, value, onChange, error }: Props) {
  const { t } = useTranslation();
  const [list, setList] = useState<SerialPortList | null>(null);
  const [typing, setTyping] = useState(false);

  useEffect(() => {
    let cancelled = false;
    client.call('devices.serialPorts', {}).then(
      (ports) => !cancelled && setList(ports),
      (e: unknown) => !cancelled && setList({ ports: [], unavailableReason: errorMessage(e) }),
    );
    return () => {
      cancelled = true;
    };
  }, [client]);

  const ports = list?.ports ?? [];
  const listed = ports.some((p) => p.path === value);
  const showTyped = list !== null && (ports.length === 0 || typing || (value !== '' && !listed));
  return (
    <>
      {ports.length > 0 && (
        <SelectField
          label={t('deviceSetup.form.port')}
          value={showTyped ? OTHER : value}
          onChange={(x) => {
            setTyping(x === OTHER);
            onChange(x === OTHER ? '' : x);
          }}
          options={[...ports.map((p) => ({ value: p.path, label: p.manufacturer ? `${p.path} (${p.manufacturer})` : p.path })), { value: OTHER, label: t('deviceSetup.form.portOther') }]}
          error={showTyped ? undefined : error}
          testId="device-port-select"
        />
      )}
      {list?.unavailableReason !== undefined && (
        <p className="warning field-wide" data-testid="device-ports-unavailable">
          {t('deviceSetup.form.portsUnavailable', { reason: list.unavailableReason })}
        </p>
      )}
      {list !== null && ports.length === 0 && list.unavailableReason === undefined && <p className="field-hint field-wide">{t('deviceSetup.form.noPorts')}</p>}
      {showTyped && (
        <TextField
          label={t('deviceSetup.form.portPath')}
          placeholder={t('deviceSetup.form.portPathPlaceholder')}
          value={value}
          onChange={onChange}
          error={error}
          testId="device-port"
        />
      )}
    </>
  );
}
