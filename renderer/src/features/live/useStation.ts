// Station status (patient, devices) and the station's clock offset; refreshed on (re)connect and every 30 s.
import { useEffect, useState } from 'react';
import type { PatientSummary, StorageStatus } from '../../../../shared/api/contract';
import type { LinkState, StationClient } from '../../api/stationClient';
import { clockOffsetOf } from './clock';
import { applyDeviceEvent, applyStatusDevices, type DeviceView } from './devices';
import { errorMessage } from '../../../../shared/errors';
import { DEFAULT_NIBP_CYCLE_MS } from './staleness';

const STATUS_REFRESH_MS = 30_000;

export interface StationView {
  /** False until the first status answer. */
  readonly loaded: boolean;
  readonly stationName: string | null;
  /** The monitors' NIBP auto cycle (the station's setting, else the default). */
  readonly nibpCycleMs: number;
  readonly patient: PatientSummary | null;
  readonly devices: readonly DeviceView[];
  /** Station clock minus this window's clock, ms. */
  readonly clockOffset: number;
  readonly error: string | null;
  /** The station's storage; not ok: nothing is being stored (shown on every screen). */
  readonly storage: StorageStatus;
}

const INITIAL: StationView = { loaded: false, stationName: null, nibpCycleMs: DEFAULT_NIBP_CYCLE_MS, patient: null, devices: [], clockOffset: 0, error: null, storage: { ok: true } };

export function useStation(client: StationClient, link: LinkState): StationView {
  const [view, setView] = useState<StationView>(INITIAL);

  useEffect(() => {
    if (link !== 'open') return;
    let cancelled = false;
    const load = async (): Promise<void> => {
      const sentAt = Date.now();
      try {
        const status = await client.call('station.status', {});
        if (cancelled) return;
        const clockOffset = clockOffsetOf(status.now, sentAt, Date.now());
        setView((prev) => ({
          loaded: true,
          stationName: status.stationName,
          nibpCycleMs: status.nibpCycleMs ?? DEFAULT_NIBP_CYCLE_MS,
          patient: status.patient,
          devices: applyStatusDevices(prev.devices, status.devices),
          clockOffset,
          error: null,
          storage: status.storage ?? { ok: true },
        }));
      } catch (error) {
        if (!cancelled) setView((prev) => ({ ...prev, error: errorMessage(error) }));
      }
    };
    void load();
    const timer = setInterval(() => void load(), STATUS_REFRESH_MS);
    return () => {
      cancelled = true;
      clearInterval(timer);
    };
  }, [client, link]);

  useEffect(
    () =>
      client.on('device.state', (event) => {
        setView((prev) => {
          const devices = applyDeviceEvent(prev.devices, event);
          return devices === prev.devices ? prev : { ...prev, devices };
        });
      }),
    [client],
  );

  useEffect(() => client.on('storage.changed', (storage) => setView((prev) => ({ ...prev, storage }))), [client]);

  return view;
}
