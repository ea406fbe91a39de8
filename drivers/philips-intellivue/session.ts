// Drives a Philips IntelliVue over its MIB/RS-232 port (monitor-protocols.md 2.1-2.8): the serial link,
// the Data Export client state machine, decoding, connection states in plain words, and demo mode.
import type { ConnectionState, ConnectionStateName } from '../../shared/device';
import type { Observation } from '../../shared/observation';
import type { DeviceSession, SessionListener } from '../types';
import type { ByteTransport } from '../transport/types';
import { ReconnectingSerialLink, type LinkListener } from '../transport/serial';
import { createDeframer, decodeMessage, encodeFrame, StreamInterpreter, type MonitorZone, type PhilipsMessage } from './codec';
import { DataExportClient, DEFAULT_TIMINGS, type ClientStatus, type ClientTimings } from './client';
import { PacedWriter } from './paced-writer';
import { OBJ_CLASS } from './constants';

export interface PhilipsSessionOptions {
  readonly port: string;
  readonly device: string;
  /** 2.1: "Fix 115200" (default) or "Fix 19200", 8N1, no flow control. */
  readonly baudRate?: 115200 | 19200;
  /** Where the monitor's wall clock is (2.8); default: the station's own zone. */
  readonly zone?: MonitorZone;
  readonly timings?: Partial<ClientTimings>;
  readonly now?: () => number;
}

export type LinkFactory = (listener: LinkListener) => ByteTransport & { start(): void };

const TICK_MS = 250;
/** How long stop() waits for the monitor's release response before closing the port anyway. */
const RELEASE_WAIT_MS = 1000;
/** Associating for this long without an answer: the monitor does not answer at all. */
const NO_ANSWER_MS = 6000;

/** Plain-language reasons a nurse or biomedical engineer can act on. */
export const REASONS = {
  refused: 'The monitor refused the connection (association rejected): check that Data Export is enabled on its MIB/RS-232 port.',
  noAnswer: 'The port is open but the monitor does not answer: check the cable, the monitor, and that its MIB/RS-232 port is set to Data Export at 115200 (fixed).',
  silence: 'The monitor has stopped sending data: check the cable and the monitor. Reconnecting.',
  abort: 'The monitor ended the connection (association aborted). Reconnecting.',
  release: 'The monitor closed the connection. Reconnecting.',
  noMdsCreate: 'The monitor accepted the connection but did not send its configuration. Reconnecting.',
} as const;

export class PhilipsIntelliVueSession implements DeviceSession {
  private state: ConnectionState;
  private readonly deframer = createDeframer();
  private readonly interpreter: StreamInterpreter;
  private readonly client: DataExportClient;
  private readonly link: ByteTransport & { start(): void };
  private readonly writer: PacedWriter;
  private readonly now: () => number;
  private lastDataAt: number | null = null;
  private associatingSince: number | null = null;
  private ticker: ReturnType<typeof setInterval> | null = null;
  private released: (() => void) | null = null;
  private lastNibp = '';

  constructor(
    private readonly options: PhilipsSessionOptions,
    private readonly listener: SessionListener,
    linkFactory?: LinkFactory,
  ) {
    this.now = options.now ?? Date.now;
    this.state = { state: 'stopped', since: this.now(), lastDataAt: null, demo: false };
    this.interpreter = new StreamInterpreter(options.zone ?? 'local');
    const linkListener: LinkListener = { opened: () => this.onOpened(), lost: (reason) => this.onLost(reason) };
    this.link =
      linkFactory?.(linkListener) ??
      new ReconnectingSerialLink({ path: options.port, baudRate: options.baudRate ?? 115200, dataBits: 8, parity: 'none', stopBits: 1, rtscts: false }, linkListener);
    this.writer = new PacedWriter((frame) => this.link.write(frame), this.now);
    this.client = new DataExportClient(
      { send: (userData) => this.writer.send(encodeFrame(userData)), status: (s) => this.onClientStatus(s) },
      { ...DEFAULT_TIMINGS, ...options.timings },
    );
    this.link.onData((chunk) => this.onBytes(chunk));
  }

  get connection(): ConnectionState {
    return this.state;
  }

  /** The monitor runs in demo mode (MDS operating mode or DEMO_DATA values): show DEMO loudly. */
  get demo(): boolean {
    return this.interpreter.demo;
  }

  start(): void {
    this.setState('connecting');
    this.link.start();
    this.ticker = setInterval(() => this.tick(), TICK_MS);
  }

  /** Release the association (FN, wait briefly for DN), then close the port. */
  async stop(): Promise<void> {
    if (this.ticker) clearInterval(this.ticker);
    this.ticker = null;
    if (this.client.phase === 'associated' || this.client.phase === 'configuring') {
      const released = new Promise<void>((resolve) => (this.released = resolve));
      this.client.release(this.now());
      await Promise.race([released, new Promise((r) => setTimeout(r, RELEASE_WAIT_MS))]);
      this.released = null;
    }
    this.writer.clear();
    await this.link.close();
    this.setState('stopped');
  }

  private onOpened(): void {
    this.deframer.reset();
    this.writer.clear();
    this.setState('waiting');
    this.client.start(this.now());
  }

  private onLost(reason: string): void {
    this.deframer.reset();
    this.writer.clear();
    this.client.linkLost();
    this.associatingSince = null;
    this.setState('error', reason);
  }

  private tick(): void {
    const now = this.now();
    this.client.tick(now);
    const waitingSince = this.associatingSince;
    if (waitingSince !== null && now - waitingSince > NO_ANSWER_MS && this.state.state !== 'error') {
      this.setState('silent', this.lastDataAt === null ? REASONS.noAnswer : REASONS.silence);
    }
  }

  private onClientStatus(status: ClientStatus): void {
    if (status.kind === 'associating') this.associatingSince ??= this.now();
    if (status.kind === 'associated') this.associatingSince = null;
    if (status.kind === 'released') this.released?.();
    if (status.kind === 'refused') this.setState('error', REASONS.refused);
    if (status.kind === 'lost') this.setState(this.lastDataAt === null ? 'waiting' : 'silent', REASONS[status.why]);
  }

  private onBytes(chunk: Uint8Array): void {
    for (const frame of this.deframer.push(chunk)) {
      const decoded = frame.ok ? decodeMessage(frame.userData) : frame;
      if (!decoded.ok) {
        this.listener.frameError?.(decoded.issue);
        continue;
      }
      this.onMessage(decoded.value);
    }
  }

  private onMessage(message: PhilipsMessage): void {
    const receivedAt = this.now();
    this.client.receive(message, receivedAt);
    // Results that arrive while no association stands (e.g. after an abort) belong to nobody.
    if (this.client.phase !== 'associated' && message.kind === 'pollResult') return;
    const result = this.interpreter.interpret(message, { device: this.options.device, time: receivedAt });
    // A numerics result is data even when the monitor has no measurement to report.
    if (message.kind === 'pollResult' && message.objClass === OBJ_CLASS.numeric) this.markReceiving(receivedAt);
    this.refreshDemo();
    const observations = result ? this.dropRepeatedNibp(result.observations) : [];
    if (observations.length > 0) this.listener.observations(observations);
  }

  private markReceiving(at: number): void {
    this.lastDataAt = at;
    if (this.state.state !== 'receiving') this.setState('receiving');
    else this.state = { ...this.state, lastDataAt: at };
  }

  /** The monitor repeats the last cuff reading every second: keep it once per change (8.3). */
  private dropRepeatedNibp(batch: Observation[]): Observation[] {
    const nibp = batch.filter((o) => o.param.startsWith('nibp_'));
    if (nibp.length === 0) return batch;
    const key = nibp.map((o) => `${o.param}=${o.value}:${o.status}`).join(',');
    if (key === this.lastNibp) return batch.filter((o) => !o.param.startsWith('nibp_'));
    this.lastNibp = key;
    return batch;
  }

  private refreshDemo(): void {
    if (this.interpreter.demo !== this.state.demo) this.emit({ ...this.state, demo: this.interpreter.demo });
  }

  private setState(state: ConnectionStateName, reason?: string): void {
    if (state === this.state.state && reason === this.state.reason) return; // retries repeat the same loss
    this.emit({ state, since: this.now(), lastDataAt: this.lastDataAt, demo: this.interpreter.demo, ...(reason ? { reason } : {}) });
  }

  private emit(state: ConnectionState): void {
    this.state = state;
    this.listener.connection(state);
  }
}
