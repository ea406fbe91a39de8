// Devices configured on this station and the history of their connection states.
import type { StationDb } from '../db/open';
import type { ConnectionStateName, Protocol } from '../../../shared/device';

export interface DeviceRow {
  readonly id: number;
  readonly name: string;
  readonly protocol: Protocol;
  readonly port: string;
  readonly settings: Record<string, unknown>;
  readonly enabled: boolean;
}

export interface DeviceEventRow {
  readonly deviceId: number;
  readonly time: number;
  readonly state: ConnectionStateName;
  readonly reason: string | null;
}

export class DeviceRepository {
  constructor(private readonly db: StationDb) {}

  /** Registers a device by name (reviving a removed one), updating its protocol, port and settings. */
  upsert(device: { name: string; protocol: Protocol; port: string; settings?: Record<string, unknown> }, now: number): DeviceRow {
    this.db
      .prepare(
        `INSERT INTO devices (name, protocol, port, settings_json, created_ms) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT(name) DO UPDATE SET protocol = excluded.protocol, port = excluded.port, settings_json = excluded.settings_json,
           removed_ms = NULL, enabled = 1`,
      )
      .run(device.name, device.protocol, device.port, JSON.stringify(device.settings ?? {}), now);
    return this.byName(device.name)!;
  }

  update(id: number, device: { name: string; protocol: Protocol; port: string; settings: Record<string, unknown> }): DeviceRow | undefined {
    this.db.prepare('UPDATE devices SET name = ?, protocol = ?, port = ?, settings_json = ? WHERE id = ? AND removed_ms IS NULL').run(device.name, device.protocol, device.port, JSON.stringify(device.settings), id);
    return this.byId(id);
  }

  byName(name: string): DeviceRow | undefined {
    const row = this.db.prepare('SELECT * FROM devices WHERE name = ? AND removed_ms IS NULL').get(name) as RawDevice | undefined;
    return row && toDevice(row);
  }

  byId(id: number): DeviceRow | undefined {
    const row = this.db.prepare('SELECT * FROM devices WHERE id = ? AND removed_ms IS NULL').get(id) as RawDevice | undefined;
    return row && toDevice(row);
  }

  /** Devices set up at this station (removed ones keep their rows and history, hidden). */
  list(): DeviceRow[] {
    return (this.db.prepare('SELECT * FROM devices WHERE removed_ms IS NULL ORDER BY id').all() as RawDevice[]).map(toDevice);
  }

  setEnabled(id: number, enabled: boolean): void {
    this.db.prepare('UPDATE devices SET enabled = ? WHERE id = ?').run(enabled ? 1 : 0, id);
  }

  remove(id: number, now: number): void {
    this.db.prepare('UPDATE devices SET removed_ms = ?, enabled = 0 WHERE id = ?').run(now, id);
  }

  recordState(deviceId: number, time: number, state: ConnectionStateName, reason?: string): void {
    this.db
      .prepare('INSERT INTO device_events (device_id, t_ms, state, reason) VALUES (?, ?, ?, ?)')
      .run(deviceId, time, state, reason ?? null);
  }

  events(deviceId: number, from: number, to: number): DeviceEventRow[] {
    const rows = this.db
      .prepare('SELECT device_id, t_ms, state, reason FROM device_events WHERE device_id = ? AND t_ms >= ? AND t_ms < ? ORDER BY t_ms, id')
      .all(deviceId, from, to) as { device_id: number; t_ms: number; state: ConnectionStateName; reason: string | null }[];
    return rows.map((r) => ({ deviceId: r.device_id, time: r.t_ms, state: r.state, reason: r.reason }));
  }
}

interface RawDevice {
  id: number;
  name: string;
  protocol: Protocol;
  port: string;
  settings_json: string;
  enabled: number;
}

function toDevice(r: RawDevice): DeviceRow {
  return { id: r.id, name: r.name, protocol: r.protocol, port: r.port, settings: JSON.parse(r.settings_json) as Record<string, unknown>, enabled: r.enabled === 1 };
}
