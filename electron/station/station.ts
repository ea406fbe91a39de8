// The station core: database, device sessions, the API and its events. Plain Node, no Electron.
import { hostname } from 'node:os';
import { dirname, join } from 'node:path';
import type { Protocol, DeviceInfo, ConnectionState } from '../../shared/device';
import type { Observation } from '../../shared/observation';
import { openDatabase, type StationDb } from './db/open';
import { ObservationRepository } from './repositories/observations';
import { DeviceRepository, type DeviceRow } from './repositories/devices';
import { PatientRepository } from './repositories/patients';
import { AuditLog } from './repositories/audit';
import { verifyAuditChain } from './repositories/auditChain';
import { BackupSchedule, type BackupScheduleOptions } from './backup/schedule';
import type { AuditChainStatus } from '../../shared/api/methods/live';
import { EventHub } from './api/eventHub';
import { createDispatcher, type Dispatch } from './api/dispatcher';
import { createLiveHandlers } from './api/liveHandlers';
import { createAuthHandlers } from './api/authHandlers';
import { StaffRepository } from './auth/staff';
import { DEFAULT_AUTH_POLICY, type AuthPolicy } from './auth/policy';
import { SignInThrottle, WindowSession } from './auth/sessions';
import { LockoutStore } from './auth/lockouts';
import { createEpisodeHandlers } from './episode/handlers';
import { EpisodeRepository } from './episode/episodes';
import { EntryRepository } from './episode/entries';
import { ProductRepository } from './episode/products';
import { Hl7Station } from './hl7/station';
import { ServiceBoard } from './services';
import { cutShortByStorage, type RejectedRetention } from './hl7/archive';
import { floodLog } from './log/rateLimitedLog';
import { escapeForLog } from './log/escapeForLog';
import { createHl7Handlers } from './hl7/handlers';
import { DeviceManager } from './devices/manager';
import { createDeviceHandlers } from './devices/handlers';
import { GradingStore } from './clinical/store';
import { GradingRunner, type RunnerOptions } from './clinical/runner';
import { GradingThread } from './clinical/gradingThread';
import { createClinicalHandlers } from './clinical/handlers';
import { ManualVitalStore } from './clinical/manualVitals';
import { createLabHandlers } from './labs/handlers';
import { createLabRangeHandlers, readSiteLabRanges, SITE_LAB_RANGES_FILE } from './labs/ranges';
import { createRoundsHandlers } from './rounds/handlers';
import { createReportHandlers } from './report/handlers';
import { WarmChromiumPrinter } from './report/warmPrinter';
import type { ReportPrinter } from './report/print';
import { StorageHealth, shownConnection } from './storage/health';
import { UnstoredValues } from './storage/buffer';
import { resumeStorage } from './storage/resume';
import { OutboundService, type OutboundOptions } from './outbound/service';
import { createOutboundHandlers } from './outbound/handlers';
import { errorMessage } from '../../shared/errors';

export interface StationDeviceConfig {
  readonly protocol: Protocol;
  readonly port: string;
  readonly name?: string;
  readonly settings?: Record<string, unknown>;
}

export interface StationOptions {
  readonly dbFile: string;
  /** Devices from the command line; devices set up in the window are kept in the database. */
  readonly devices?: readonly StationDeviceConfig[];
  readonly nativeBinding?: string;
  /** Shown in the window's header and sent as the HL7 facility; default the host name. */
  readonly stationName?: string;
  /** The monitors' NIBP auto cycle, so the window greys an NIBP only once a cycle is missed (default: the window's). */
  readonly nibpCycleMs?: number;
  readonly now?: () => number;
  readonly log?: (line: string) => void;
  readonly authPolicy?: AuthPolicy;
  /** How often and with which settings the CRS/ICANS rules run. */
  readonly grading?: RunnerOptions;
  /** Prints the handover report (the Electron shell's); default: the station's headless Chromium (browser mode, CLI). */
  readonly reportPrinter?: ReportPrinter;
  /** Automatic backups once started (daily, the last 7, in `backups` beside the database); false: none. */
  readonly backup?: BackupScheduleOptions | false;
  /** Refused HL7 messages that stored nothing kept in the archive (default: the newest 1000, 30 days at most). */
  readonly hl7RejectedRetention?: RejectedRetention;
  /** Outbound HL7 timing (retry pauses, when a period closes); destinations themselves live in the database. */
  readonly outbound?: Pick<OutboundOptions, 'backoff' | 'closeAfterMs'>;
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
  /** HL7 feeds: archive, labs, source priority; listeners start with `hl7.listen()`. */
  readonly hl7: Hl7Station;
  /** HL7 to the hospital: destinations, the outbox and its senders. */
  readonly outbound: OutboundService;
  private readonly manager: DeviceManager;
  readonly grading: GradingRunner;
  /** report.print's headless Chromium in browser mode, kept warm from the first print until stop(). */
  private warmPrinter: WarmChromiumPrinter | null = null;
  /** The audit trail's hash chain as found at start-up. */
  readonly auditChain: AuditChainStatus;
  private readonly backups: BackupSchedule | null;
  /** Whether the database can be written; a problem is shown everywhere and retried on a timer. */
  readonly storage: StorageHealth;
  /** Monitor values that arrived while storage was down, written when it returns. */
  private readonly unstored = new UnstoredValues();
  private readonly authPolicy: AuthPolicy;
  /** The listeners (web server, MLLP): a lost one is restarted and shown as not listening meanwhile. */
  readonly services: ServiceBoard;
  private readonly now: () => number;
  private readonly log: (line: string) => void;
  private frameErrors = 0;
  /** A batch that keeps failing for a reason other than storage (one per second from a monitor): a few lines and a count. */
  private readonly unstoredLog: (line: string) => void;

  constructor(private readonly options: StationOptions) {
    this.now = options.now ?? Date.now;
    this.log = options.log ?? ((line) => process.stderr.write(`${line}\n`));
    this.services = new ServiceBoard(this.now, this.log);
    this.unstoredLog = floodLog(this.log, 'vigil', 'batches not stored');
    this.db = openDatabase(options.dbFile, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
    this.observations = new ObservationRepository(this.db);
    this.devices = new DeviceRepository(this.db);
    this.patients = new PatientRepository(this.db);
    this.staff = new StaffRepository(this.db);
    this.audit = new AuditLog(this.db, this.now);
    this.storage = new StorageHealth({
      now: this.now,
      log: this.log,
      resume: (problem) =>
        resumeStorage(
          { db: this.db, observations: this.observations, devices: this.devices, audit: this.audit, unstored: this.unstored, liveDevices: () => this.manager.actualInfos(), dir: dirname(options.dbFile), now: this.now, stored: (values) => this.events.publish('observations', values), resolveCutShortMessages: (problem) => this.hl7.archive.resolvePending(cutShortByStorage(problem.reason)) },
          problem,
        ),
      changed: (status) => {
        this.events.publish('storage.changed', status);
        // The windows' device lists: 'receiving' reads differently while nothing is stored.
        for (const device of this.manager.infos()) this.events.publish('device.state', { deviceId: device.id, name: device.name, connection: device.connection });
      },
    });
    this.auditChain = this.checkAuditChain();
    this.backups =
      options.backup === false
        ? null
        : new BackupSchedule(
            { db: this.db, dir: options.backup?.dir ?? join(dirname(options.dbFile), 'backups'), now: this.now, log: this.log, ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}) },
            options.backup,
          );
    this.authPolicy = options.authPolicy ?? DEFAULT_AUTH_POLICY;
    // Serial noise drops frames by the thousand: a few lines and a count per minute, not one line each.
    const droppedFrameLog = floodLog(this.log, 'vigil', 'frames dropped');
    this.manager = new DeviceManager({
      devices: this.devices,
      now: this.now,
      ingest: (batch) => this.acquire(batch),
      stateChanged: (row, state) => this.onConnection(row, state),
      shown: (connection) => shownConnection(connection, this.storage.status()),
      frameDropped: (row, issue) => {
        this.frameErrors += 1;
        droppedFrameLog(`vigil: ${escapeForLog(row.name)}: dropped a frame (${issue.kind}): ${escapeForLog(issue.message)}`);
      },
    });
    const stationName = options.stationName ?? hostname();
    this.hl7 = new Hl7Station({ ...(options.hl7RejectedRetention ? { rejectedRetention: options.hl7RejectedRetention } : {}), db: this.db, events: this.events, ingest: (batch) => this.ingest(batch), storage: this.storage, services: this.services, now: this.now, log: this.log, stationName });
    this.outbound = new OutboundService({
      ...options.outbound,
      db: this.db,
      identity: { application: 'VIGIL', stationId: stationName, facility: stationName },
      now: this.now,
      log: this.log,
      storageFailed: (error, doing) => {
        if (!this.storage.failed(error, doing)) this.log(`vigil: HL7 outbound: ${doing} failed: ${errorMessage(error)}`);
      },
    });
    const transaction = <T>(work: () => T): T => this.db.transaction(work)();
    const episodes = new EpisodeRepository(this.db);
    const entries = new EntryRepository(this.db);
    const gradingStore = new GradingStore(this.db);
    const clinicalChanged = (episodeId: number) => this.events.publish('clinical.changed', { episodeId });
    const episodeChanged = (episodeId: number) => {
      this.events.publish('episode.changed', { episodeId });
      this.grading.soon();
    };
    this.grading = new GradingRunner(
      {
        db: this.db, episodes, entries, store: gradingStore, now: this.now, changed: clinicalChanged, log: this.log, storageFailed: (error) => this.storage.failed(error, 'storing grades'),
        ...(options.grading?.worker === false ? {} : { thread: new GradingThread({ dbFile: options.dbFile, ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}), ...(options.grading?.worker ? { entry: options.grading.worker } : {}) }) }),
      },
      options.grading,
    );
    const siteRangesFile = join(dirname(options.dbFile), SITE_LAB_RANGES_FILE);
    this.dispatch = createDispatcher(
      {
        ...createLiveHandlers({
          stationName,
          ...(options.nibpCycleMs !== undefined ? { nibpCycleMs: options.nibpCycleMs } : {}),
          db: this.db,
          observations: this.observations,
          devices: this.devices,
          patients: this.patients,
          liveDevices: () => this.deviceInfos(),
          now: this.now,
          reliability: () => ({ auditChain: this.auditChain, ...(this.backups ? { backup: this.backups.status() } : {}), storage: this.storage.status(), services: this.services.list() }),
        }),
        ...createAuthHandlers({ staff: this.staff, throttle: new SignInThrottle(this.authPolicy, this.now, new LockoutStore(this.db)), audit: this.audit, now: this.now, transaction }),
        ...createEpisodeHandlers({ episodes, entries, products: new ProductRepository(this.db), audit: this.audit, now: this.now, transaction, changed: episodeChanged }),
        ...createClinicalHandlers({
          episodes,
          entries,
          store: gradingStore,
          runner: this.grading,
          audit: this.audit,
          now: this.now,
          transaction,
          manualVitals: new ManualVitalStore(this.db, this.observations),
          published: (batch) => this.events.publish('observations', batch),
          episodeChanged,
          clinicalChanged,
        }),
        ...createLabHandlers({ db: this.db, audit: this.audit, now: this.now, changed: episodeChanged, labsOfAdmitted: (query) => this.hl7.labsOfAdmitted(query) }),
        ...createLabRangeHandlers({ file: siteRangesFile, log: this.log }),
        ...createRoundsHandlers({ db: this.db, episodes, entries, labs: (from, to) => this.hl7.labsOfAdmitted({ from, to, includeRetracted: false }), now: this.now }),
        ...createReportHandlers({
          db: this.db, episodes, entries, products: new ProductRepository(this.db), store: gradingStore, runner: this.grading, devices: this.devices, observations: this.observations,
          labs: (patientId, from, to) => this.hl7.labs.list(patientId, { from, to, includeRetracted: false }),
          siteLabRanges: () => readSiteLabRanges(siteRangesFile).ranges,
          audit: this.audit, now: this.now, transaction, changed: episodeChanged, log: this.log,
          printer: () => options.reportPrinter ?? (this.warmPrinter ??= new WarmChromiumPrinter(this)),
        }),
        ...createDeviceHandlers({ devices: this.devices, manager: this.manager, audit: this.audit, now: this.now }),
        ...createHl7Handlers(this.hl7),
        ...createOutboundHandlers({ outbound: this.outbound, audit: this.audit }),
      },
      this.log,
      (error, method) => this.storage.failed(error, `answering ${method}`),
    );
  }

  /** One per window or bridge connection: who is signed in there. */
  createWindowSession(): WindowSession {
    return new WindowSession(this.authPolicy, this.now);
  }

  /** Registers the command line's devices, then connects every enabled device; each reconnects on its own. */
  start(): void {
    for (const config of this.options.devices ?? []) {
      this.devices.upsert(
        { name: config.name ?? `${config.protocol}:${config.port}`, protocol: config.protocol, port: config.port, settings: config.settings ?? {} },
        this.now(),
      );
    }
    for (const row of this.devices.list()) if (row.enabled) void this.manager.start(row);
    this.grading.start();
    this.backups?.start();
    this.outbound.start();
  }

  /** Walks the audit chain; a broken one is said loudly, once, and shown in the status. */
  private checkAuditChain(): AuditChainStatus {
    const report = verifyAuditChain(this.db);
    if (report.ok) return { ok: true };
    this.log(
      `vigil: AUDIT TRAIL TAMPERED WITH: entry ${report.firstBrokenEntry} of ${report.entries} is broken (${report.reason}); the audit log was changed outside Vigil. Details: vigil audit verify --db ${this.options.dbFile}`,
    );
    return { ok: false, ...(report.firstBrokenEntry !== undefined ? { firstBrokenEntry: report.firstBrokenEntry } : {}) };
  }

  /** Stores a batch in one transaction, then tells the windows; false when it could not be stored (none of it is). */
  ingest(batch: readonly Observation[]): boolean {
    try {
      this.observations.insert(batch);
    } catch (error) {
      if (!this.storage.failed(error, `storing ${batch.length} observations`))
        this.unstoredLog(`vigil: could not store ${batch.length} observations: ${escapeForLog(errorMessage(error))}`);
      return false;
    }
    this.events.publish('observations', batch);
    return true;
  }

  /** Monitor values (the device sessions'): while storage is down they wait in memory (bounded) until the retry writes them. */
  acquire(batch: readonly Observation[]): void {
    if (this.storage.ok && this.ingest(batch)) return;
    if (!this.storage.ok) this.unstored.add(batch);
  }

  private onConnection(row: DeviceRow, connection: ConnectionState): void {
    try {
      this.devices.recordState(row.id, connection.since, connection.state, connection.reason);
    } catch (error) {
      // Not fatal: the live state is still shown, and the resume records the state the database missed.
      if (!this.storage.failed(error, `recording that ${row.name} is ${connection.state}`)) this.log(`vigil: ${row.name}: could not record the state: ${errorMessage(error)}`);
    }
    this.events.publish('device.state', { deviceId: row.id, name: row.name, connection: shownConnection(connection, this.storage.status()) });
    this.log(`vigil: ${row.name}: ${connection.state}${connection.reason ? ` (${connection.reason})` : ''}`);
  }

  deviceInfos(): DeviceInfo[] {
    return this.manager.infos();
  }

  get droppedFrames(): number {
    return this.frameErrors;
  }

  async stop(): Promise<void> {
    this.storage.stop();
    this.grading.stop();
    await this.outbound.stop();
    await this.warmPrinter?.close();
    await this.backups?.stop();
    await this.manager.stopAll();
    await this.hl7.close();
    this.db.close();
  }
}
