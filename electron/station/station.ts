// The station core: database, device sessions, the API and its events. Plain Node, no Electron.
import { hostname } from 'node:os';
import type { Protocol, DeviceInfo, ConnectionState } from '../../shared/device';
import type { Observation } from '../../shared/observation';
import { driverFor } from '../../drivers/registry';
import type { DeviceSession } from '../../drivers/types';
import { openDatabase, type StationDb } from './db/open';
import { ObservationRepository } from './repositories/observations';
import { DeviceRepository, type DeviceRow } from './repositories/devices';
import { PatientRepository } from './repositories/patients';
import { EventHub } from './api/eventHub';
import { createDispatcher, type Dispatch } from './api/dispatcher';
import { createLiveHandlers } from './api/liveHandlers';
import { createAuthHandlers } from './api/authHandlers';
import { StaffRepository } from './auth/staff';
import { DEFAULT_AUTH_POLICY, SignInThrottle, WindowSession, type AuthPolicy } from './auth/sessions';
import { AuditLog } from './repositories/audit';
import { createEpisodeHandlers } from './episode/handlers';
import { EpisodeRepository } from './episode/episodes';
import { EntryRepository } from './episode/entries';
import { ProductRepository } from './episode/products';

export interface StationDeviceConfig {
  readonly protocol: Protocol;
  readonly port: string;
  readonly name?: string;
  readonly settings?: Record<string, unknown>;
}

export interface StationOptions {
  readonly dbFile: string;
  readonly devices?: readonly StationDeviceConfig[];
  readonly nativeBinding?: string;
  readonly stationName?: string;
  readonly now?: () => number;
  readonly log?: (line: string) => void;
  readonly authPolicy?: AuthPolicy;
}

interface RunningDevice {
  readonly row: DeviceRow;
  readonly session: DeviceSession;
}

export class Station {
  readonly db: StationDb;
  readonly observations: ObservationRepository;
  readonly devices: DeviceRepository;
  readonly patients: PatientRepository;
  readonly staff: StaffRepository;
  readonly audit: AuditLog;
  readonly events = new EventHub();
  readonly dispatch: Dispatch;
  private readonly running: RunningDevice[] = [];
  private readonly now: () => number;
  private readonly log: (line: string) => void;
  private frameErrors = 0;

  constructor(private readonly options: StationOptions) {
    this.now = options.now ?? Date.now;
    this.log = options.log ?? ((line) => process.stderr.write(`${line}\n`));
    this.db = openDatabase(options.dbFile, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
    this.observations = new ObservationRepository(this.db);
    this.devices = new DeviceRepository(this.db);
    this.patients = new PatientRepository(this.db);
    this.staff = new StaffRepository(this.db);
    this.audit = new AuditLog(this.db, this.now);
    this.authPolicy = options.authPolicy ?? DEFAULT_AUTH_POLICY;
    const transaction = <T>(work: () => T): T => this.db.transaction(work)();
    this.dispatch = createDispatcher(
      {
        ...createLiveHandlers({
          stationName: options.stationName ?? hostname(),
          db: this.db,
          observations: this.observations,
          devices: this.devices,
          patients: this.patients,
          liveDevices: () => this.deviceInfos(),
          now: this.now,
        }),
        ...createAuthHandlers({ staff: this.staff, throttle: new SignInThrottle(this.authPolicy, this.now), audit: this.audit, now: this.now, transaction }),
        ...createEpisodeHandlers({
          episodes: new EpisodeRepository(this.db),
          entries: new EntryRepository(this.db),
          products: new ProductRepository(this.db),
          audit: this.audit,
          now: this.now,
          transaction,
          changed: (episodeId) => this.events.publish('episode.changed', { episodeId }),
        }),
      },
      this.log,
    );
  }

  private readonly authPolicy: AuthPolicy;

  /** One per window or bridge connection: who is signed in there. */
  createWindowSession(): WindowSession {
    return new WindowSession(this.authPolicy, this.now);
  }

  /** Opens every configured device; each reconnects on its own. */
  start(): void {
    for (const config of this.options.devices ?? []) {
      const driver = driverFor(config.protocol);
      if (!driver) throw new Error(`unknown protocol ${config.protocol}`);
      const row = this.devices.upsert(
        { name: config.name ?? `${config.protocol}:${config.port}`, protocol: config.protocol, port: config.port, settings: config.settings ?? {} },
        this.now(),
      );
      const session = driver.createSession(
        { port: row.port, device: row.name, settings: row.settings },
        {
          observations: (batch) => this.ingest(batch),
          connection: (state) => this.onConnection(row, state),
          frameError: (issue) => {
            this.frameErrors += 1;
            this.log(`vigil: ${row.name}: dropped a frame (${issue.kind}): ${issue.message}`);
          },
        },
      );
      this.running.push({ row, session });
      session.start();
    }
  }

  /** Stores a batch in one transaction, then tells the windows. */
  ingest(batch: readonly Observation[]): void {
    try {
      this.observations.insert(batch);
    } catch (error) {
      this.log(`vigil: could not store ${batch.length} observations: ${error instanceof Error ? error.message : String(error)}`);
      return;
    }
    this.events.publish('observations', batch);
  }

  private onConnection(row: DeviceRow, connection: ConnectionState): void {
    this.devices.recordState(row.id, connection.since, connection.state, connection.reason);
    this.events.publish('device.state', { deviceId: row.id, name: row.name, connection });
    this.log(`vigil: ${row.name}: ${connection.state}${connection.reason ? ` (${connection.reason})` : ''}`);
  }

  deviceInfos(): DeviceInfo[] {
    return this.running.map(({ row, session }) => ({
      id: row.id,
      name: row.name,
      protocol: row.protocol,
      port: row.port,
      connection: session.connection,
    }));
  }

  get droppedFrames(): number {
    return this.frameErrors;
  }

  async stop(): Promise<void> {
    await Promise.all(this.running.map(({ session }) => session.stop().catch(() => undefined)));
    this.running.length = 0;
    this.db.close();
  }
}
