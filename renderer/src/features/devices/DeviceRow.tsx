// One device: name, protocol, port, live status (with DEMO, no data since, the station's reason) and actions.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProtocolInfo } from '../../../../shared/api/methods/devices';
import type { DeviceInfo } from '../../../../shared/device';
import type { StationClient } from '../../api/stationClient';
import { deviceStatus } from './status';
import { SignInCancelled, useSession } from '../../ui/session/SessionContext';
import { DemoBadge } from '../../ui/DemoBadge';
import { errorMessage } from '../../../../shared/errors';

interface Props {
  readonly client: StationClient;
  readonly device: DeviceInfo;
  readonly protocols: readonly ProtocolInfo[];
  readonly now: number;
  readonly onChanged: () => void;
  readonly onEdit: () => void;
  readonly onRemove: () => void;
}

export function DeviceRow({ client, device, protocols, now, onChanged, onEdit, onRemove }: Props) {
  const { t } = useTranslation();
  const { perform } = useSession();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const status = deviceStatus(device.connection, device.enabled, now);
  const protocol = protocols.find((p) => p.protocol === device.protocol);

  const toggle = async () => {
    setBusy(true);
    setError(null);
    try {
      await perform(() => client.call(device.enabled ? 'devices.disconnect' : 'devices.connect', { id: device.id }));
      onChanged();
    } catch (e) {
      if (!(e instanceof SignInCancelled)) setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <tr className={`device-row tone-${status.tone}`} data-testid={`device-row-${device.id}`} data-state={device.connection.state}>
      <td className="device-row-name">
        {device.name} <DemoBadge demo={device.connection.demo} testId={`device-demo-${device.id}`} />
        {device.connection.demo && <div className="field-hint">{t('deviceSetup.demoHint')}</div>}
      </td>
      <td>
        {protocol?.title ?? device.protocol}
        {protocol && <div className="field-hint">{protocol.line}</div>}
      </td>
      <td>
        <code>{device.port}</code>
      </td>
      <td className="device-row-status">
        <span className="status-dot" aria-hidden="true" />
        <span data-testid={`device-status-${device.id}`}>{status.state}</span>
        {status.noDataSince !== null && (
          <div className="device-nodata" data-testid={`device-nodata-${device.id}`}>
            {status.noDataSince}
          </div>
        )}
        {status.reason !== null && <div className="field-hint">{status.reason}</div>}
        {error !== null && <div className="form-error">{error}</div>}
      </td>
      <td className="device-row-actions">
        <button type="button" className="button button-small" disabled={busy} onClick={() => void toggle()} data-testid={`device-toggle-${device.id}`}>
          {device.enabled ? t('deviceSetup.disconnect') : t('deviceSetup.connect')}
        </button>
        <button type="button" className="button button-small" onClick={onEdit} data-testid={`device-edit-${device.id}`}>
          {t('deviceSetup.edit')}
        </button>
        <button type="button" className="button button-small" onClick={onRemove} data-testid={`device-remove-${device.id}`}>
          {t('deviceSetup.remove')}
        </button>
      </td>
    </tr>
  );
}
