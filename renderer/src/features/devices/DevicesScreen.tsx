// Device setup (biomedical engineer, or the nurse at the bed): the monitors of this bed with their live state,
// add, edit, remove, connect and disconnect. Changes need a signed-in member of staff (the station checks).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeviceInfo } from '../../../../shared/device';
import type { LinkState, StationClient } from '../../api/stationClient';
import { useDevices } from './useDevices';
import { useStationNow } from '../../ui/useNow';
import { DeviceFormDialog } from './DeviceFormDialog';
import { DeviceRow } from './DeviceRow';
import { RemoveDeviceDialog } from './RemoveDeviceDialog';
import './devices.css';

type Dialog = { readonly kind: 'add' } | { readonly kind: 'edit'; readonly device: DeviceInfo } | { readonly kind: 'remove'; readonly device: DeviceInfo } | null;

export function DevicesScreen({ client, link, clockOffset }: { client: StationClient; link: LinkState; clockOffset: number }) {
  const { t } = useTranslation();
  const state = useDevices(client, link);
  const now = useStationNow(clockOffset);
  const [dialog, setDialog] = useState<Dialog>(null);
  const close = () => {
    setDialog(null);
    state.reload();
  };
  return (
    <section className="panel devices-setup" data-testid="devices-screen">
      <div className="panel-head">
        <h2 className="panel-title">{t('deviceSetup.title')}</h2>
        <button type="button" className="button button-primary" onClick={() => setDialog({ kind: 'add' })} data-testid="device-add">
          {t('deviceSetup.add')}
        </button>
      </div>
      <p className="field-hint">{t('deviceSetup.hint')}</p>
      {state.error !== null && <p className="form-error">{t('deviceSetup.loadError', { message: state.error })}</p>}
      {!state.loaded ? (
        <p className="notice">{t('deviceSetup.loading')}</p>
      ) : state.devices.length === 0 ? (
        <p className="notice" data-testid="devices-none">
          {t('deviceSetup.none')}
        </p>
      ) : (
        <table className="device-table">
          <thead>
            <tr>
              <th scope="col">{t('deviceSetup.columns.name')}</th>
              <th scope="col">{t('deviceSetup.columns.protocol')}</th>
              <th scope="col">{t('deviceSetup.columns.port')}</th>
              <th scope="col">{t('deviceSetup.columns.status')}</th>
              <th scope="col">{t('deviceSetup.columns.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {state.devices.map((d) => (
              <DeviceRow
                key={d.id}
                client={client}
                device={d}
                protocols={state.protocols}
                now={now}
                onChanged={state.reload}
                onEdit={() => setDialog({ kind: 'edit', device: d })}
                onRemove={() => setDialog({ kind: 'remove', device: d })}
              />
            ))}
          </tbody>
        </table>
      )}
      {(dialog?.kind === 'add' || dialog?.kind === 'edit') && (
        <DeviceFormDialog client={client} device={dialog.kind === 'edit' ? dialog.device : null} protocols={state.protocols} onClose={close} />
      )}
      {dialog?.kind === 'remove' && <RemoveDeviceDialog client={client} device={dialog.device} onClose={close} />}
    </section>
  );
}
