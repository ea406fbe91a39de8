// Drives a GE S/5 monitor: request displayed values, decode pushed records, watch for silence, recover.
import type { ConnectionState, ConnectionStateName } from '../../shared/device';
import type { Observation } from '../../shared/observation';
import type { DeviceSession, SessionListener } from '../types';
import type { ByteTransport } from '../transport/types';
import { ReconnectingSerialLink, type LinkListener } from '../transport/serial';
import { createDeframer, decodeRecord, encodeDisplayRequest, recordToObservations } from './codec';

export interface GeS5SessionOptions {
  readonly port: string;
  readonly device: string;
  /** Seconds between records the monitor is asked for (GE minimum 5). */
  readonly intervalSeconds?: number;
  /** GE-CI: 19200 8E1 with RTS/CTS; CARESCAPE SW >= 3 may also run 115200. */
  readonly baudRate?: number;
  readonly rtscts?: boolean;
  readonly now?: () => number;
}

/** GE-CI: a second request within 5 s is ignored, so never repeat one sooner. */
const MIN_REQUEST_SPACING_MS = 5000;
const WATCHDOG_TICK_MS = 500;

export type LinkFactory = (listener: LinkListener) => ByteTransport & { start(): void };

export class GeS5Session implements DeviceSession {
  private state: ConnectionState;
  private readonly deframer = createDeframer();
  private readonly link: ByteTransport & { start(): void };
  private readonly now: () => number;
  private readonly intervalMs: number;
  private lastRequestAt = Number.NEGATIVE_INFINITY;
  private lastDataAt: number | null = null;
  private openedAt = 0;
  private watchdog: NodeJS.Timeout | null = null;
  private lastNibp = '';

  constructor(
    private readonly options: GeS5SessionOptions,
    private readonly listener: SessionListener,
    linkFactory?: LinkFactory,
  ) {
    this.now = options.now ?? Date.now;
    this.intervalMs = Math.max(5, options.intervalSeconds ?? 5) * 1000;
    this.state = { state: 'stopped', since: this.now(), lastDataAt: null };
    const linkListener: LinkListener = { opened: () => this.onOpened(), lost: (reason) => this.onLost(reason) };
    this.link =
      linkFactory?.(linkListener) ??
      new ReconnectingSerialLink(
        { path: options.port, baudRate: options.baudRate ?? 19200, dataBits: 8, parity: 'even', stopBits: 1, rtscts: options.rtscts ?? false },
        linkListener,
      );
    this.link.onData((chunk) => this.onBytes(chunk));
  }

  get connection(): ConnectionState {
    return this.state;
  }

  start(): void {
    this.setState('connecting');
    this.link.start();
    this.watchdog = setInterval(() => this.checkSilence(), WATCHDOG_TICK_MS);
  }

  async stop(): Promise<void> {
    if (this.watchdog) clearInterval(this.watchdog);
    this.watchdog = null;
    await this.link.write(encodeDisplayRequest({ intervalSeconds: 0, classes: 0 })).catch(() => undefined);
    await this.link.close();
    this.setState('stopped');
  }

  private onOpened(): void {
    this.deframer.reset();
    this.openedAt = this.now();
    this.setState('waiting');
    this.sendRequest();
  }

  private onLost(reason: string): void {
    this.deframer.reset();
    this.setState('error', reason);
  }

  private sendRequest(): void {
    this.lastRequestAt = this.now();
    this.link.write(encodeDisplayRequest({ intervalSeconds: this.intervalMs / 1000 })).catch(() => {
      // The link reports the loss itself; the watchdog retries once it is back.
    });
  }

  /** Silence: no valid record for two intervals and 2 s (doc 3.8); re-request, at most every 5 s. */
  private checkSilence(): void {
    const s = this.state.state;
    if (s !== 'waiting' && s !== 'receiving' && s !== 'silent') return;
    const now = this.now();
    const reference = this.lastDataAt !== null && this.lastDataAt > this.openedAt ? this.lastDataAt : this.openedAt;
    if (now - reference <= 2 * this.intervalMs + 2000) return;
    if (s === 'receiving' || (s === 'waiting' && this.lastDataAt !== null))
      this.setState('silent', 'The monitor has stopped sending data: check the cable and the monitor.');
    if (s === 'waiting' && this.lastDataAt === null && now - this.openedAt > 2 * this.intervalMs + 2000)
      this.setState('silent', 'The port is open but the monitor does not answer: check the cable, the monitor and its interface settings.');
    if (now - this.lastRequestAt >= MIN_REQUEST_SPACING_MS) this.sendRequest();
  }

  private onBytes(chunk: Uint8Array): void {
    for (const frame of this.deframer.push(chunk)) {
      if (!frame.ok) {
        this.listener.frameError?.(frame.issue);
        continue;
      }
      const decoded = decodeRecord(frame.record);
      if (!decoded.ok) {
        this.listener.frameError?.(decoded.issue);
        continue;
      }
      const receivedAt = this.now();
      const observations = this.dropRepeatedNibp(recordToObservations(decoded.value, { device: this.options.device, time: receivedAt }));
      this.lastDataAt = receivedAt;
      if (this.state.state !== 'receiving') this.setState('receiving');
      else this.state = { ...this.state, lastDataAt: receivedAt };
      if (observations.length > 0) this.listener.observations(observations);
    }
  }

  /** The monitor repeats the last cuff reading in every record: keep it once per cuff cycle. */
  private dropRepeatedNibp(batch: Observation[]): Observation[] {
    const nibp = batch.filter((o) => o.param.startsWith('nibp_'));
    const key = nibp.map((o) => `${o.param}=${o.value}:${o.status}`).join(',');
    if (key === this.lastNibp) return batch.filter((o) => !o.param.startsWith('nibp_'));
    this.lastNibp = key;
    return batch;
  }

  private setState(state: ConnectionStateName, reason?: string): void {
    if (state === this.state.state && reason === this.state.reason) return; // retries repeat the same loss
    this.state = { state, since: this.now(), lastDataAt: this.lastDataAt, ...(reason ? { reason } : {}) };
    this.listener.connection(this.state);
  }
}
