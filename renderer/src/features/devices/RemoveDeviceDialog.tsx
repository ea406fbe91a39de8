// Remove a device: the station stops reading it; what it recorded stays.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeviceInfo } from '../../../../shared/device';
import type { StationClient } from '../../api/stationClient';
import { SignInCancelled, useSession } from '../../ui/session/SessionContext';
import { Modal } from '../../ui/Modal';
import { errorMessage } from '../../../../shared/errors';

export function RemoveDeviceDialog({ client, device, onClose }: { client: StationClient; device: DeviceInfo; onClose: () => void }) {
  const { t } = useTranslation();
  const { perform } = useSession();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const remove = async () => {
    setBusy(true);
    setError(null);
    try {
      await perform(() => client.call('devices.remove', { id: device.id }));
      onClose();
    } catch (e) {
      if (!(e instanceof SignInCancelled)) setError(errorMessage(e));
      setBusy(false);
    }
  };
  return (
    <Modal title={t('deviceSetup.removeTitle', { name: device.name })} onClose={onClose} testId="device-remove-dialog">
      <p>{t('deviceSetup.removeExplain')}</p>
      {error !== null && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <div className="form-actions">
        <button type="button" className="button button-primary" disabled={busy} onClick={() => void remove()} data-testid="device-remove-submit">
          {t('deviceSetup.removeSubmit')}
        </button>
        <button type="button" className="button" onClick={onClose}>
          {t('form.cancel')}
        </button>
      </div>
    </Modal>
  );
}
