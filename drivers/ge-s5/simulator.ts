// The monitor side of the GE S/5 Computer Interface over any ByteTransport (monitor-protocols.md 3.4, 3.9).
// It answers the host's PHDB requests with 1152-byte DISPL records built from a scenario, with fault injection.
import { createScenario, type Scenario, type ScenarioOptions, type ScenarioSample } from '../scenarios';
import type { ByteTransport } from '../transport/types';
import { createDeframer, decodeRequest, encodeDisplayRecord, encodeFrame, recordChecksum, type GeRequest } from './codec';
import { ESCAPE, PHDB_TYPE, TX_IVAL } from './layout';

export interface GeS5Faults {
  /** Send every Nth record with a wrong checksum (N >= 1); 0 or unset = off. */
  readonly badChecksumEvery?: number;
  /** Send every Nth record cut off halfway (the next frame's flag closes it). */
  readonly truncateEvery?: number;
  /** Force values whose bytes are 0x7E / 0x7D (HR 126, PR 125, temp 37.10 °C = 0x0E7E) to exercise escaping. */
  readonly escapeInData?: boolean;
  /** Cable pulled: records are still generated (r_nbr advances) but nothing reaches the wire. */
  readonly silence?: boolean;
}

/** A fault applied to one frame on the wire. */
export type WireFault = 'badChecksum' | 'truncate';

export interface GeS5SimulatorOptions {
  /** A scenario name (see listScenarios) or a ready scenario. */
  readonly scenario: string | Scenario;
  /** Used when scenario is a name. */
  readonly scenarioOptions?: ScenarioOptions;
  /** Test speed-up: any positive tx_ival streams at this period (seconds, may be fractional) and the 5-s request guard is off. */
  readonly intervalSeconds?: number;
  /** Monitor clock minus host clock, ms (monitors keep their own, often wrong, wall time). */
  readonly clockOffsetMs?: number;
  readonly plugId?: number;
  readonly driLevel?: number;
  /** r_nbr of the first record; default 0. */
  readonly firstNbr?: number;
  readonly faults?: GeS5Faults;
  /** Host clock, UTC ms; defaults to Date.now (vitest fake timers drive both it and the interval timer). */
  readonly now?: () => number;
  /** Called for every frame written: r_nbr, the values encoded, r_time in UTC ms, and the wire fault if any. */
  readonly onRecordSent?: (nbr: number, sample: ScenarioSample, time: number, fault: WireFault | null) => void;
}

/** GE-CI: a second request within 5 s of the previous one is ignored. */
const MIN_REQUEST_SPACING_MS = 5000;
/** The NIBP label's "older than 60 s" bit. */
const NIBP_STALE_MS = 60_000;
/** Values whose i16 encodings contain 0x7E or 0x7D: 126 = 0x007E, 125 = 0x007D, 3710 = 0x0E7E. */
const ESCAPE_VALUES = { hr: 126, pr: 125, temp: 37.1 } as const;

const isEveryNth = (every: number | undefined, seq: number): boolean => every !== undefined && every >= 1 && seq % Math.floor(every) === 0;

/** Cut a frame about halfway, never right after an escape byte, so the host sees a short frame rather than a dangling escape. */
function truncateFrame(frame: Uint8Array): Uint8Array {
  let cut = Math.floor(frame.length / 2);
  while (cut > 1 && frame[cut - 1] === ESCAPE) cut--;
  return frame.subarray(0, cut);
}

export class GeS5Simulator {
  private readonly scenario: Scenario;
  private readonly now: () => number;
  private readonly startedAt: number;
  private readonly deframer = createDeframer();
  private readonly unsubscribe: () => void;
  private faults: GeS5Faults;
  private readonly pending = new Set<WireFault>();
  private clockOffsetMs: number;
  private nextNbr: number;
  private generated = 0;
  private lastRequestAt = Number.NEGATIVE_INFINITY;
  private timer: ReturnType<typeof setInterval> | null = null;
  private sent = 0;
  private ignored = 0;
  private hostIssues = 0;
  private writeErrors = 0;

  constructor(
    private readonly transport: ByteTransport,
    private readonly options: GeS5SimulatorOptions,
  ) {
    this.scenario = typeof options.scenario === 'string' ? createScenario(options.scenario, options.scenarioOptions) : options.scenario;
    this.now = options.now ?? Date.now;
    this.startedAt = this.now();
    this.faults = { ...options.faults };
    this.clockOffsetMs = options.clockOffsetMs ?? 0;
    this.nextNbr = (options.firstNbr ?? 0) & 0xff;
    this.unsubscribe = transport.onData((chunk) => this.onBytes(chunk));
  }

  /** Frames written to the transport (including the ones sent with an injected fault). */
  get recordsSent(): number {
    return this.sent;
  }
  /** Host requests ignored (within 5 s of the previous one, an unsupported type, or an invalid interval). */
  get requestsIgnored(): number {
    return this.ignored;
  }
  /** Host frames that failed to deframe or were not a PHDB request. */
  get hostFrameIssues(): number {
    return this.hostIssues;
  }
  get failedWrites(): number {
    return this.writeErrors;
  }
  get streaming(): boolean {
    return this.timer !== null;
  }

  setFaults(faults: GeS5Faults): void {
    this.faults = { ...this.faults, ...faults };
  }

  /** Apply a wire fault to the next record only. */
  injectNext(fault: WireFault): void {
    this.pending.add(fault);
  }

  /** Step the monitor clock (e.g. the clock was set, or DST). */
  setClockOffset(ms: number): void {
    this.clockOffsetMs = ms;
  }

  /**
   * Monitor reboot: r_nbr restarts at 0. A rebooted monitor no longer knows the client (3.8), so
   * streaming stops until the host requests again, unless keepStreaming is set.
   */
  reboot({ keepStreaming = false }: { keepStreaming?: boolean } = {}): void {
    this.nextNbr = 0;
    this.deframer.reset();
    if (keepStreaming) return;
    this.stopStreaming();
    this.lastRequestAt = Number.NEGATIVE_INFINITY;
  }

  stop(): void {
    this.stopStreaming();
    this.unsubscribe();
  }

  private onBytes(chunk: Uint8Array): void {
    for (const frame of this.deframer.push(chunk)) {
      const request = frame.ok ? decodeRequest(frame.record) : frame;
      if (request.ok) this.onRequest(request.value);
      else this.hostIssues++;
    }
  }

  private onRequest(req: GeRequest): void {
    const override = this.options.intervalSeconds;
    const now = this.now();
    const tooSoon = override === undefined && now - this.lastRequestAt < MIN_REQUEST_SPACING_MS;
    const tx = req.intervalSeconds;
    const periodic = tx >= TX_IVAL.minPeriodic || (override !== undefined && tx > 0);
    // Only displayed values are simulated; trend and aux-info requests are ignored.
    if (req.recordType !== PHDB_TYPE.displ || tooSoon || !(periodic || tx === TX_IVAL.stop || tx === TX_IVAL.single)) {
      this.ignored++;
      return;
    }
    this.lastRequestAt = now;
    if (tx === TX_IVAL.stop) this.stopStreaming();
    else if (tx === TX_IVAL.single) this.emitRecord();
    else this.startStreaming((override ?? tx) * 1000);
  }

  private startStreaming(periodMs: number): void {
    this.stopStreaming();
    this.emitRecord();
    this.timer = setInterval(() => this.emitRecord(), periodMs);
  }

  private stopStreaming(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  /** The scenario at the current elapsed time, with the escape-forcing override when that fault is on. */
  private currentSample(elapsedMs: number): ScenarioSample {
    const sample = this.scenario.sample(elapsedMs);
    if (!this.faults.escapeInData) return sample;
    return { ...sample, values: { ...sample.values, ...ESCAPE_VALUES }, tempSite: sample.tempSite ?? 'axillary' };
  }

  /** Which wire fault, if any, this record gets: one-shot injections first, then the every-Nth settings. */
  private takeWireFault(seq: number): WireFault | null {
    const [injected] = this.pending;
    if (injected) {
      this.pending.delete(injected);
      return injected;
    }
    if (isEveryNth(this.faults.badChecksumEvery, seq)) return 'badChecksum';
    if (isEveryNth(this.faults.truncateEvery, seq)) return 'truncate';
    return null;
  }

  private emitRecord(): void {
    const now = this.now();
    const elapsed = now - this.startedAt;
    const sample = this.currentSample(elapsed);
    const nbr = this.nextNbr;
    this.nextNbr = (nbr + 1) & 0xff;
    const seq = ++this.generated;
    const time = Math.floor((now + this.clockOffsetMs) / 1000);
    const record = encodeDisplayRecord({
      nbr,
      time,
      values: sample.values,
      tempSite: sample.tempSite,
      nibpOlderThan60s: sample.nibpMeasuredAtMs !== null && elapsed - sample.nibpMeasuredAtMs > NIBP_STALE_MS,
      driLevel: this.options.driLevel,
      plugId: this.options.plugId,
    });
    if (this.faults.silence) return;
    const fault = this.takeWireFault(seq);
    const frame = fault === 'badChecksum' ? encodeFrame(record, recordChecksum(record) + 1) : encodeFrame(record);
    this.transport.write(fault === 'truncate' ? truncateFrame(frame) : frame).catch(() => {
      this.writeErrors++; // the port is gone for now: the bytes are lost, as on a real cable
    });
    this.sent++;
    this.options.onRecordSent?.(nbr, sample, time * 1000, fault);
  }
}
