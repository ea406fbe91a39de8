// Runs one session per enabled device, and starts, stops or restarts them as the setup changes.
import type { ConnectionState, DeviceInfo } from '../../../shared/device';
import type { Observation } from '../../../shared/observation';
import { driverFor } from '../../../drivers/registry';
import type { DecodeIssue, DeviceSession } from '../../../drivers/types';
import type { DeviceRepository, DeviceRow } from '../repositories/devices';

export interface DeviceManagerDeps {
  readonly devices: DeviceRepository;
  readonly now: () => number;
  readonly ingest: (batch: readonly Observation[]) => void;
  readonly stateChanged: (row: DeviceRow, state: ConnectionState) => void;
  readonly frameDropped: (row: DeviceRow, issue: DecodeIssue) => void;
  /** How a live state is shown to the windows (e.g. not "receiving" while nothing is stored); default as it is. */
  readonly shown?: (state: ConnectionState) => ConnectionState;
}

export class DeviceManager {
  private readonly sessions = new Map<number, { row: DeviceRow; session: DeviceSession }>();

  constructor(private readonly deps: DeviceManagerDeps) {}

  /** Starts a session for the device (stopping an older one first, e.g. after an edit). */
  async start(row: DeviceRow): Promise<void> {
    await this.stop(row.id);
    const driver = driverFor(row.protocol);
    if (!driver) throw new Error(`unknown protocol ${row.protocol}`);
    const session = driver.createSession(
      { port: row.port, device: row.name, settings: row.settings, now: this.deps.now },
      {
        observations: (batch) => this.deps.ingest(batch),
        connection: (state) => this.deps.stateChanged(row, state),
        frameError: (issue) => this.deps.frameDropped(row, issue),
      },
    );
    this.sessions.set(row.id, { row, session });
    session.start();
  }

  async stop(id: number): Promise<void> {
    const running = this.sessions.get(id);
    if (!running) return;
    this.sessions.delete(id);
    await running.session.stop().catch(() => undefined);
  }

  async stopAll(): Promise<void> {
    await Promise.all([...this.sessions.keys()].map((id) => this.stop(id)));
  }

  info(row: DeviceRow): DeviceInfo {
    const live = this.actualInfo(row);
    return this.deps.shown ? { ...live, connection: this.deps.shown(live.connection) } : live;
  }

  /** Every device set up at this station, with its live state as shown to the windows. */
  infos(): DeviceInfo[] {
    return this.deps.devices.list().map((row) => this.info(row));
  }

  /** Every device with its live state as the session has it (what the database records). */
  actualInfos(): DeviceInfo[] {
    return this.deps.devices.list().map((row) => this.actualInfo(row));
  }

  private actualInfo(row: DeviceRow): DeviceInfo {
    const connection: ConnectionState = this.sessions.get(row.id)?.session.connection ?? { state: 'stopped', since: this.deps.now(), lastDataAt: null };
    return { id: row.id, name: row.name, protocol: row.protocol, port: row.port, settings: row.settings, enabled: row.enabled, connection };
  }
}
