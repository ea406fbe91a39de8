// Device connection states, from 'station.status' and the 'device.state' events; the newer state wins.
import type { ApiEvents } from '../../../../shared/api/contract';
import type { ConnectionState, DeviceInfo } from '../../../../shared/device';

export interface DeviceView {
  readonly id: number;
  readonly name: string;
  readonly connection: ConnectionState;
}

function newer(a: ConnectionState, b: ConnectionState): ConnectionState {
  return b.since >= a.since ? b : a;
}

/** The station's list is authoritative for which devices exist; each keeps the newer of the two states. */
export function applyStatusDevices(prev: readonly DeviceView[], devices: readonly DeviceInfo[]): DeviceView[] {
  return devices.map((d) => {
    const known = prev.find((p) => p.id === d.id);
    return { id: d.id, name: d.name, connection: known === undefined ? d.connection : newer(known.connection, d.connection) };
  });
}

export function applyDeviceEvent(prev: readonly DeviceView[], event: ApiEvents['device.state']): readonly DeviceView[] {
  const index = prev.findIndex((p) => p.id === event.deviceId);
  if (index === -1) return [...prev, { id: event.deviceId, name: event.name, connection: event.connection }];
  const known = prev[index]!;
  const connection = newer(known.connection, event.connection);
  if (connection === known.connection && known.name === event.name) return prev;
  const next = [...prev];
  next[index] = { id: known.id, name: event.name, connection };
  return next;
}
