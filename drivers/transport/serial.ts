// A serial link that opens, notices loss, and reopens by itself with capped backoff.
import { SerialPort } from 'serialport';
import type { ByteTransport } from './types';
import { errorMessage } from '../../shared/errors';

export interface SerialSettings {
  readonly path: string;
  readonly baudRate: number;
  readonly dataBits?: 5 | 6 | 7 | 8;
  readonly parity?: 'none' | 'even' | 'odd';
  readonly stopBits?: 1 | 2;
  readonly rtscts?: boolean;
}

export interface LinkListener {
  /** The port is open: the session should (re)send its request. */
  opened(): void;
  /** The port is closed or could not open; the link retries on its own until close(). */
  lost(reason: string): void;
}

const BACKOFF_MS = [250, 500, 1000, 2000];

export class ReconnectingSerialLink implements ByteTransport {
  private port: SerialPort | null = null;
  private readonly dataListeners = new Set<(chunk: Uint8Array) => void>();
  private attempt = 0;
  private retryTimer: NodeJS.Timeout | null = null;
  private closing = false;

  constructor(
    private readonly settings: SerialSettings,
    private readonly listener: LinkListener,
  ) {}

  start(): void {
    this.closing = false;
    this.openNow();
  }

  private openNow(): void {
    this.retryTimer = null;
    if (this.closing) return;
    const port = new SerialPort({
      path: this.settings.path,
      baudRate: this.settings.baudRate,
      dataBits: this.settings.dataBits ?? 8,
      parity: this.settings.parity ?? 'none',
      stopBits: this.settings.stopBits ?? 1,
      rtscts: this.settings.rtscts ?? false,
      autoOpen: false,
    });
    port.on('data', (chunk: Buffer) => {
      for (const l of this.dataListeners) l(chunk);
    });
    port.on('error', () => {
      // 'close' follows every fatal error; reporting happens there once.
    });
    // A close the station did not ask for, with or without an error object, is the cable or adapter going away.
    port.on('close', (err?: Error & { disconnected?: boolean }) => this.onClosed(port, describeSerialError(err ?? Object.assign(new Error('closed'), { disconnected: true }), this.settings.path)));
    port.open((err) => {
      if (err) {
        this.scheduleRetry(describeSerialError(err, this.settings.path));
        return;
      }
      if (this.closing) {
        port.close();
        return;
      }
      this.port = port;
      this.attempt = 0;
      this.listener.opened();
    });
  }

  private onClosed(port: SerialPort, reason: string): void {
    if (this.port !== port) return; // a second 'close' of the same loss, or a port never fully opened
    this.port = null;
    if (!this.closing) this.scheduleRetry(reason);
  }

  private scheduleRetry(reason: string): void {
    if (this.closing || this.retryTimer) return;
    this.listener.lost(reason);
    const delay = BACKOFF_MS[Math.min(this.attempt, BACKOFF_MS.length - 1)]!;
    this.attempt += 1;
    this.retryTimer = setTimeout(() => this.openNow(), delay);
  }

  async write(bytes: Uint8Array): Promise<void> {
    const port = this.port;
    if (!port) throw new Error(`serial port ${this.settings.path} is not open`);
    await new Promise<void>((resolve, reject) => {
      port.write(Buffer.from(bytes), (err) => (err ? reject(err) : resolve()));
    });
  }

  onData(listener: (chunk: Uint8Array) => void): () => void {
    this.dataListeners.add(listener);
    return () => this.dataListeners.delete(listener);
  }

  get isOpen(): boolean {
    return this.port !== null;
  }

  async close(): Promise<void> {
    this.closing = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
    const port = this.port;
    this.port = null;
    if (port?.isOpen) await new Promise<void>((resolve) => port.close(() => resolve()));
  }
}

/** Serial errors in words a nurse or biomedical engineer can act on. */
export function describeSerialError(err: Error & { code?: string; disconnected?: boolean }, path: string): string {
  const text = `${err.code ?? ''} ${err.message}`;
  if (err.disconnected) return `The cable or adapter on ${path} was disconnected.`;
  if (/ENOENT|No such file/i.test(text)) return `Serial port ${path} was not found: check the cable or USB adapter and the port name.`;
  if (/EACCES|Permission denied/i.test(text)) return `No permission to open ${path}: the station's user needs access to serial ports (dialout group).`;
  if (/lock/i.test(text)) return `Serial port ${path} is in use by another program.`;
  return `Serial port ${path} failed: ${err.message}`;
}

export interface SerialPortListing {
  readonly ports: readonly { path: string; manufacturer?: string }[];
  /** Set when the system cannot list ports (e.g. no udevadm): the user types a path instead. */
  readonly unavailableReason?: string;
}

/** Lists serial ports; on systems where listing is impossible, says so instead of failing. */
export async function listSerialPorts(): Promise<SerialPortListing> {
  try {
    const ports = await SerialPort.list();
    return { ports: ports.map((p) => ({ path: p.path, ...(p.manufacturer ? { manufacturer: p.manufacturer } : {}) })) };
  } catch (error) {
    return {
      ports: [],
      unavailableReason: `This system cannot list serial ports (${errorMessage(error)}); type the port path instead.`,
    };
  }
}
