// The HL7 side of the station: repositories, source-priority state and any number of MLLP listeners (one per feed).
import type { AddressInfo } from 'node:net';
import type { Observation } from '../../../shared/observation';
import { createLabCatalogue, type LocalLabCode } from '../../../shared/labs';
import type { LabResult } from '../../../shared/api/methods/labs';
import type { StationDb } from '../db/open';
import type { EventHub } from '../api/eventHub';
import { MllpListener, DEFAULT_HL7_HOST, DEFAULT_HL7_PORT } from '../../../drivers/hl7/transport';
import type { ListeningChange } from '../../../drivers/transport/keepListening';
import type { ServiceBoard } from '../services';
import type { AckMode } from '../../../drivers/hl7/ack';
import type { Hl7Charset } from '../../../drivers/hl7/charset';
import { DEFAULT_REJECTED_RETENTION, Hl7Archive, type RejectedRetention } from './archive';
import { Hl7VitalRepository, LabResultRepository, admittedPatient, type LabQuery } from './results';
import { SourceState } from './sources';
import { Hl7Service, type StorageState } from './service';
import { errorMessage } from '../../../shared/errors';

/** One feed: where to listen, who may send, and how to read and answer it. */
export interface Hl7ListenConfig {
  /** Default 127.0.0.1: never all interfaces unless configured. */
  readonly host?: string;
  /** Default 2575; 0 picks a free port. */
  readonly port?: number;
  /** Sender addresses allowed to connect ('*' for any); default loopback only. */
  readonly allow?: readonly string[];
  /** Used when the bytes are not valid UTF-8 (UTF-8 is always tried first). */
  readonly charset?: Hl7Charset;
  readonly ackMode?: AckMode;
  readonly maxFrameBytes?: number;
  readonly idleTimeoutMs?: number;
  /** Open connections at most (default 64); at the cap the longest-idle one is closed to admit a new one. */
  readonly maxConnections?: number;
  /** Bytes of one unfinished frame before the connection is closed (default 1 MiB). */
  readonly maxUnfinishedBytes?: number;
  /** This feed's local lab codes (hl7.md 3.2 "Local codes"). */
  readonly localLabCodes?: readonly LocalLabCode[];
}

export interface Hl7StationDeps {
  readonly db: StationDb;
  readonly events: EventHub;
  /** The station's ingest(): the one path canonical observations take into storage; false when it failed. */
  readonly ingest: (batch: readonly Observation[]) => boolean;
  /** The station's storage state: while it has a problem, messages are refused (AE/CE), not acknowledged. */
  readonly storage?: StorageState;
  readonly now: () => number;
  readonly log: (line: string) => void;
  readonly stationName: string;
  /** How long the serial link may be silent for a param before HL7 takes over; default 60 s. */
  readonly fallbackAfterMs?: number;
  /** Refused messages that stored nothing: the newest 1000, 30 days at most (pruned at start-up, hourly, every 500 frames). */
  readonly rejectedRetention?: RejectedRetention;
  /** Where each listener's state is shown (the station's status) and its losses are logged. */
  readonly services?: ServiceBoard;
}

const PRUNE_EVERY_MS = 3_600_000;
/** Also prune after this many frames (handled or dropped): a flood of garbage is bounded within minutes, not an hour. */
const PRUNE_EVERY_FRAMES = 500;

export const ACK_APPLICATION = 'VIGIL';

export class Hl7Station {
  readonly archive: Hl7Archive;
  readonly labs: LabResultRepository;
  readonly vitals: Hl7VitalRepository;
  readonly sources: SourceState;
  /** Each listener with its host:port as registered on the services board. */
  private readonly listeners: { readonly listener: MllpListener; readonly label: string }[] = [];
  private readonly unsubscribe: () => void;
  private readonly pruneTimer: NodeJS.Timeout;
  /** Archive ids at or below this hold nothing prunable any more. */
  private pruneWatermark = 0;
  private framesSincePrune = 0;

  constructor(private readonly deps: Hl7StationDeps) {
    this.archive = new Hl7Archive(deps.db);
    this.resolvePending();
    this.pruneRejected();
    // Unref'd: retention must not keep a stopping process alive.
    this.pruneTimer = setInterval(() => this.pruneRejected(), PRUNE_EVERY_MS).unref();
    this.labs = new LabResultRepository(deps.db);
    this.vitals = new Hl7VitalRepository(deps.db);
    this.sources = new SourceState(deps.now, deps.fallbackAfterMs);
    this.sources.seed(deps.db);
    // Serial liveness comes from what the station stored, whatever driver delivered it.
    this.unsubscribe = deps.events.subscribe((message) => {
      if (message.event === 'observations') this.sources.noteSerial(message.payload as readonly Observation[]);
    });
  }

  /** The processing of one feed, without a socket (the listener uses it; tests may call it directly). */
  createService(config: Hl7ListenConfig, listenerLabel: string): Hl7Service {
    return new Hl7Service({
      db: this.deps.db,
      archive: this.archive,
      labs: this.labs,
      vitals: this.vitals,
      sources: this.sources,
      ingest: this.deps.ingest,
      ...(this.deps.storage ? { storage: this.deps.storage } : {}),
      now: this.deps.now,
      log: this.deps.log,
      application: ACK_APPLICATION,
      facility: this.deps.stationName,
      listener: listenerLabel,
      charset: config.charset ?? 'utf-8',
      ackMode: config.ackMode ?? 'auto',
      catalogue: createLabCatalogue(config.localLabCodes ?? []),
    });
  }

  /** Starts one MLLP listener; resolves with the bound address. */
  async listen(config: Hl7ListenConfig = {}): Promise<AddressInfo> {
    const host = config.host ?? DEFAULT_HL7_HOST;
    let service: Hl7Service | null = null;
    let onListeningChange: (change: ListeningChange) => void = () => {};
    const listener = new MllpListener({
      host,
      port: config.port ?? DEFAULT_HL7_PORT,
      ...(config.allow ? { allow: config.allow } : {}),
      ...(config.maxFrameBytes ? { maxFrameBytes: config.maxFrameBytes } : {}),
      ...(config.idleTimeoutMs ? { idleTimeoutMs: config.idleTimeoutMs } : {}),
      ...(config.maxConnections ? { maxConnections: config.maxConnections } : {}),
      ...(config.maxUnfinishedBytes ? { maxUnfinishedBytes: config.maxUnfinishedBytes } : {}),
      onFrame: (payload, peer) => {
        this.noteFrame();
        return service!.handleFrame(payload, peer);
      },
      onEvent: (event) => {
        if (event.kind === 'framing') this.noteFrame();
        service?.handleEvent(event);
      },
      onListeningChange: (change) => onListeningChange(change),
    });
    const address = await listener.listen();
    const label = `${host}:${address.port}`;
    service = this.createService(config, label);
    if (this.deps.services) onListeningChange = this.deps.services.add({ kind: 'hl7', address: label, logName: 'vigil: hl7: the MLLP listener' });
    this.listeners.push({ listener, label });
    return address;
  }

  get addresses(): AddressInfo[] {
    return this.listeners.map(({ listener }) => listener.address).filter((a): a is AddressInfo => a !== null);
  }

  /** Messages a crash left `pending` got no ACK (their senders resend): recorded as errors, not left open forever. */
  private resolvePending(): void {
    try {
      const resolved = this.archive.resolvePending();
      if (resolved > 0) this.deps.log(`vigil: hl7: ${resolved} archived messages were left unhandled by a stopped station; marked as errors (their senders got no ACK)`);
    } catch (error) {
      this.deps.log(`vigil: hl7: could not resolve unhandled archived messages: ${errorMessage(error)}`);
    }
  }

  /** Keeps the archive of refused frames bounded: a stream of garbage must not fill the disk. */
  pruneRejected(): number {
    try {
      this.framesSincePrune = 0;
      const { pruned, watermark } = this.archive.pruneRejected(this.deps.now(), this.deps.rejectedRetention ?? DEFAULT_REJECTED_RETENTION, this.pruneWatermark);
      this.pruneWatermark = watermark;
      if (pruned > 0) this.deps.log(`vigil: hl7: pruned ${pruned} refused archived messages that stored nothing (retention)`);
      return pruned;
    } catch (error) {
      this.deps.log(`vigil: hl7: could not prune refused archived messages: ${errorMessage(error)}`);
      return 0;
    }
  }

  private noteFrame(): void {
    this.framesSincePrune += 1;
    if (this.framesSincePrune >= PRUNE_EVERY_FRAMES) this.pruneRejected();
  }

  /** Lab results of the patient admitted now; none when nobody is admitted. */
  labsOfAdmitted(q: LabQuery): LabResult[] {
    const patient = admittedPatient(this.deps.db);
    return patient ? this.labs.list(patient.patientId, q) : [];
  }

  async close(): Promise<void> {
    clearInterval(this.pruneTimer);
    this.unsubscribe();
    const listeners = this.listeners.splice(0);
    for (const { label } of listeners) this.deps.services?.remove('hl7', label);
    await Promise.all(listeners.map(({ listener }) => listener.close()));
  }
}
