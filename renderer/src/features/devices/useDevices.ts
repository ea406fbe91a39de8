// The devices set up at this station: devices.list on (re)connect, the 'device.state' events in between.
import { useCallback, useEffect, useState } from 'react';
import type { ProtocolInfo, SerialPortList } from '../../../../shared/api/methods/devices';
import type { DeviceInfo } from '../../../../shared/device';
import type { LinkState, StationClient } from '../../api/stationClient';
import { applyStateEvent } from './merge';
import { errorMessage } from '../../../../shared/errors';

export interface DevicesState {
  readonly loaded: boolean;
  readonly devices: readonly DeviceInfo[];
  readonly protocols: readonly ProtocolInfo[];
  readonly ports: SerialPortList | null;
  readonly error: string | null;
  readonly reload: () => void;
}

export function useDevices(client: StationClient, link: LinkState): DevicesState {
  const [devices, setDevices] = useState<readonly DeviceInfo[]>([]);
  const [loaded, setLoaded] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [protocols, setProtocols] = useState<readonly ProtocolInfo[]>([]);
  const [ports, setPorts] = useState<SerialPortList | null>(null);
  const [generation, setGeneration] = useState(0);
  const reload = useCallback(() => setGeneration((g) => g + 1), []);

  useEffect(() => client.on('device.state', (event) => setDevices((prev) => applyStateEvent(prev, event))), [client]);

  useEffect(() => {
    if (link !== 'open') return;
    let cancelled = false;
    client.call('devices.list', {}).then(
      (list) => {
        if (cancelled) return;
        setDevices(list);
        setLoaded(true);
        setError(null);
      },
      (e: unknown) => !cancelled && setError(errorMessage(e)),
    );
    client.call('devices.protocols', {}).then((list) => !cancelled && setProtocols(list), () => {});
    client.call('devices.serialPorts', {}).then((list) => !cancelled && setPorts(list), () => {});
    return () => {
      cancelled = true;
    };
  }, [client, link, generation]);

  return { loaded, devices, protocols, ports, error, reload };
}
