// A 'device.state' event into the list of devices: the newer connection state wins; unknown devices are left to
// the next devices.list (the event does not carry the setup).
import type { ApiEvents } from '../../../../shared/api/contract';
import type { DeviceInfo } from '../../../../shared/device';

export function applyStateEvent(prev: readonly DeviceInfo[], event: ApiEvents['device.state']): readonly DeviceInfo[] {
  const index = prev.findIndex((d) => d.id === event.deviceId);
  if (index === -1) return prev;
  const known = prev[index]!;
  if (event.connection.since < known.connection.since) return prev;
  const next = [...prev];
  next[index] = { ...known, name: event.name, connection: event.connection };
  return next;
}
