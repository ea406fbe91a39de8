// The device-setup API: add, edit, remove, connect and disconnect monitors, audited.
import type { HandlersFor } from '../api/dispatcher';
import type { deviceMethods } from '../../../shared/api/methods/devices';
import { StationError } from '../api/dispatcher';
import { DRIVERS } from '../../../drivers/registry';
import { listSerialPorts } from '../../../drivers/transport/serial';
import type { DeviceRepository } from '../repositories/devices';
import type { AuditLog } from '../repositories/audit';
import type { DeviceManager } from './manager';

export interface DeviceHandlerDeps {
  readonly devices: DeviceRepository;
  readonly manager: DeviceManager;
  readonly audit: AuditLog;
  readonly now: () => number;
}

export type DeviceHandlers = HandlersFor<typeof deviceMethods>;

export function createDeviceHandlers(deps: DeviceHandlerDeps): DeviceHandlers {
  const existing = (id: number) => {
    const row = deps.devices.byId(id);
    if (!row) throw new StationError('not_found', `id: no device ${id} is set up at this station.`);
    return row;
  };
  return {
    'devices.list': () => deps.manager.infos(),
    'devices.save': async ({ id, name, protocol, port, settings }, { user }) => {
      const other = deps.devices.byName(name);
      if (other && other.id !== id) throw new StationError('invalid_input', `name: another device is already called "${name}".`);
      const before = id === undefined ? undefined : existing(id);
      const row = before ? deps.devices.update(before.id, { name, protocol, port, settings })! : deps.devices.upsert({ name, protocol, port, settings }, deps.now());
      deps.audit.append({ staffId: user?.id ?? null, action: before ? 'update' : 'create', entity: 'device', entityId: row.id, before, after: row });
      if (row.enabled) await deps.manager.start(row);
      return deps.manager.info(row);
    },
    'devices.remove': async ({ id }, { user }) => {
      const row = existing(id);
      await deps.manager.stop(id);
      deps.devices.remove(id, deps.now());
      deps.audit.append({ staffId: user?.id ?? null, action: 'remove', entity: 'device', entityId: id, before: row });
      return null;
    },
    'devices.connect': async ({ id }, { user }) => {
      existing(id);
      deps.devices.setEnabled(id, true);
      const row = existing(id);
      await deps.manager.start(row);
      deps.audit.append({ staffId: user?.id ?? null, action: 'connect', entity: 'device', entityId: id });
      return deps.manager.info(row);
    },
    'devices.disconnect': async ({ id }, { user }) => {
      existing(id);
      deps.devices.setEnabled(id, false);
      await deps.manager.stop(id);
      deps.audit.append({ staffId: user?.id ?? null, action: 'disconnect', entity: 'device', entityId: id });
      return deps.manager.info(existing(id));
    },
    'devices.protocols': () =>
      Object.values(DRIVERS).map((d) => ({
        protocol: d.protocol,
        title: d.title,
        line: `${d.line.baudRate} baud, 8 data bits, ${d.line.parity} parity, 1 stop bit`,
        defaultSettings: {},
      })),
    'devices.serialPorts': () => listSerialPorts(),
  };
}
