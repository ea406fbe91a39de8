// MLLP over TCP (node:net): a listener that frames, hands each frame to a handler in order and writes its ACKs,
// and a small client for `vigil hl7 send`, the simulator and the tests. Nothing a peer sends can throw out of here.
import { createServer, isIP, Socket, type AddressInfo, type Server } from 'node:net';
import { DEFAULT_MAX_FRAME_BYTES, MllpDeframer, encodeMllp, type MllpIssue } from './mllp';
import { keepListening, type Listening, type ListeningChange } from '../transport/keepListening';
import { errorMessage } from '../../shared/errors';

export const DEFAULT_HL7_HOST = '127.0.0.1';
export const DEFAULT_HL7_PORT = 2575;
/** A connection with no bytes for this long is closed (half-open sockets would otherwise live forever). */
export const DEFAULT_IDLE_TIMEOUT_MS = 10 * 60_000;
/** Open connections at most; one more closes the longest-idle one (each costs a file descriptor). */
export const DEFAULT_MAX_CONNECTIONS = 64;
/** The idle timeout once half the connection cap is in use: a flood of idle sockets drains quickly. */
export const DEFAULT_PRESSURE_IDLE_TIMEOUT_MS = 30_000;
/** Bytes one connection may hold for a frame that has not ended; more closes the connection (bounds memory per peer). */
export const DEFAULT_MAX_UNFINISHED_BYTES = 1024 * 1024;
/** Without a configured allow-list only this machine may send. */
export const LOOPBACK_ADDRESSES = ['127.0.0.1', '::1'] as const;

export interface PeerInfo {
  readonly address: string;
  readonly port: number;
  /** "address:port", for the archive. */
  readonly label: string;
}

/** What the listener reports besides frames; the station logs and archives these. */
export type ListenerEvent =
  | { readonly kind: 'refused'; readonly peer: PeerInfo }
  | { readonly kind: 'framing'; readonly peer: PeerInfo; readonly issue: MllpIssue }
  | { readonly kind: 'idle'; readonly peer: PeerInfo }
  /** Closed to admit a new connection at the cap (the longest-idle one, preferring peers that never sent a frame). */
  | { readonly kind: 'evicted'; readonly peer: PeerInfo; readonly connections: number }
  /** Closed because an unfinished frame grew past the per-connection limit (nothing to ACK: no complete MSH). */
  | { readonly kind: 'overflow'; readonly peer: PeerInfo; readonly bytes: number; readonly limit: number }
  | { readonly kind: 'handler-failed'; readonly peer: PeerInfo; readonly message: string };

/** Handles one frame's payload and returns the ACK payloads to send back, in order (none is allowed). */
export type FrameHandler = (payload: Uint8Array, peer: PeerInfo) => readonly Uint8Array[] | Promise<readonly Uint8Array[]>;

export interface MllpListenerOptions {
  readonly host?: string;
  readonly port?: number;
  /** Sender addresses allowed to connect; '*' allows any. Default: loopback only. */
  readonly allow?: readonly string[];
  readonly maxFrameBytes?: number;
  readonly idleTimeoutMs?: number;
  /** Default DEFAULT_MAX_CONNECTIONS. */
  readonly maxConnections?: number;
  /** Idle timeout while at least half of maxConnections are open; default DEFAULT_PRESSURE_IDLE_TIMEOUT_MS. */
  readonly pressureIdleTimeoutMs?: number;
  /** Default DEFAULT_MAX_UNFINISHED_BYTES. */
  readonly maxUnfinishedBytes?: number;
  readonly onFrame: FrameHandler;
  readonly onEvent?: (event: ListenerEvent) => void;
  /** The listening socket was lost (it is opened again on the same port) or is back. */
  readonly onListeningChange?: (change: ListeningChange) => void;
}

/** IPv4-mapped IPv6 (::ffff:10.0.0.5) is the IPv4 address. */
export function normaliseAddress(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return (mapped ? mapped[1]! : address).toLowerCase();
}

/** What the listener has closed on its own since it started. */
export interface ListenerCounts {
  evicted: number;
  overflowed: number;
  idleClosed: number;
}

interface Connection {
  readonly peer: PeerInfo;
  /** Complete frames received: a peer that sent one is a real sender and is evicted last. */
  frames: number;
}

export class MllpListener {
  private server: Server | null = null;
  private listening: Listening | null = null;
  /** Least recently active first: a connection moves to the end whenever bytes arrive. */
  private readonly sockets = new Map<Socket, Connection>();
  private readonly allow: ReadonlySet<string>;
  private underPressure = false;
  readonly counts: ListenerCounts = { evicted: 0, overflowed: 0, idleClosed: 0 };

  constructor(private readonly options: MllpListenerOptions) {
    this.allow = new Set((options.allow && options.allow.length > 0 ? options.allow : LOOPBACK_ADDRESSES).map(normaliseAddress));
  }

  /** Starts listening; resolves with the bound address (port 0 picks a free one). A later server error re-opens the port. */
  async listen(): Promise<AddressInfo> {
    // Half-open allowed: a sender that ends its side after the last frame still gets every ACK before we close.
    const server = createServer({ allowHalfOpen: true }, (socket) => this.accept(socket));
    this.server = server;
    this.listening = await keepListening(server, {
      host: this.options.host ?? DEFAULT_HL7_HOST,
      port: this.options.port ?? DEFAULT_HL7_PORT,
      onChange: (change) => this.options.onListeningChange?.(change),
    });
    return server.address() as AddressInfo;
  }

  get address(): AddressInfo | null {
    return (this.server?.address() as AddressInfo | null) ?? null;
  }

  get connections(): number {
    return this.sockets.size;
  }

  async close(): Promise<void> {
    this.listening?.stop();
    for (const s of this.sockets.keys()) s.destroy();
    this.sockets.clear();
    const server = this.server;
    this.server = null;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  private report(event: ListenerEvent): void {
    try {
      this.options.onEvent?.(event);
    } catch {
      // A failing logger must not take the listener down.
    }
  }

  private accept(socket: Socket): void {
    const address = normaliseAddress(socket.remoteAddress ?? '');
    const peer: PeerInfo = { address, port: socket.remotePort ?? 0, label: `${address}:${socket.remotePort ?? 0}` };
    socket.on('error', () => undefined);
    if (!this.allow.has('*') && !this.allow.has(address)) {
      this.report({ kind: 'refused', peer });
      socket.destroy();
      return;
    }
    const connection: Connection = { peer, frames: 0 };
    if (this.sockets.size >= this.maxConnections) this.evictOne();
    this.sockets.set(socket, connection);
    socket.setKeepAlive(true, 60_000);
    socket.setTimeout(this.idleTimeoutMs, () => {
      this.counts.idleClosed += 1;
      this.report({ kind: 'idle', peer });
      socket.destroy();
    });
    this.updatePressure();
    const deframer = new MllpDeframer(this.options.maxFrameBytes ?? DEFAULT_MAX_FRAME_BYTES);
    const maxUnfinished = this.options.maxUnfinishedBytes ?? DEFAULT_MAX_UNFINISHED_BYTES;
    // Frames of one connection are handled one after another, so ACKs leave in message order.
    let queue: Promise<void> = Promise.resolve();
    const handleEvents = (events: ReturnType<MllpDeframer['push']>) => {
      for (const e of events) {
        if (e.kind === 'issue') this.report({ kind: 'framing', peer, issue: e.issue });
        else {
          connection.frames += 1;
          queue = queue.then(() => this.handle(socket, e.payload, peer));
        }
      }
    };
    socket.on('data', (chunk: Buffer) => {
      if (socket.destroyed) return;
      this.touch(socket, connection);
      handleEvents(deframer.push(chunk));
      if (deframer.buffered > maxUnfinished) {
        this.counts.overflowed += 1;
        this.report({ kind: 'overflow', peer, bytes: deframer.buffered, limit: maxUnfinished });
        socket.destroy();
      }
    });
    socket.on('end', () => {
      handleEvents(deframer.end());
      void queue.then(() => socket.end());
    });
    socket.on('close', () => {
      this.sockets.delete(socket);
      this.updatePressure();
    });
  }

  private get maxConnections(): number {
    return Math.max(1, this.options.maxConnections ?? DEFAULT_MAX_CONNECTIONS);
  }

  private get idleTimeoutMs(): number {
    const normal = this.options.idleTimeoutMs ?? DEFAULT_IDLE_TIMEOUT_MS;
    return this.underPressure ? Math.min(normal, this.options.pressureIdleTimeoutMs ?? DEFAULT_PRESSURE_IDLE_TIMEOUT_MS) : normal;
  }

  private touch(socket: Socket, connection: Connection): void {
    this.sockets.delete(socket);
    this.sockets.set(socket, connection);
  }

  /** Closes the longest-idle connection that never sent a frame, else the longest-idle one. */
  private evictOne(): void {
    let victim: [Socket, Connection] | undefined;
    for (const entry of this.sockets) {
      victim ??= entry;
      if (entry[1].frames === 0) {
        victim = entry;
        break;
      }
    }
    if (!victim) return;
    const [socket, connection] = victim;
    this.sockets.delete(socket);
    socket.destroy();
    this.counts.evicted += 1;
    this.report({ kind: 'evicted', peer: connection.peer, connections: this.maxConnections });
  }

  /** At half the cap and above, every connection gets the shorter idle timeout; below, the normal one again. */
  private updatePressure(): void {
    const under = this.sockets.size * 2 >= this.maxConnections;
    if (under === this.underPressure) return;
    this.underPressure = under;
    for (const socket of this.sockets.keys()) socket.setTimeout(this.idleTimeoutMs);
  }

  private async handle(socket: Socket, payload: Uint8Array, peer: PeerInfo): Promise<void> {
    try {
      const acks = await this.options.onFrame(payload, peer);
      for (const ack of acks) if (!socket.destroyed && socket.writable) socket.write(encodeMllp(ack));
    } catch (error) {
      this.report({ kind: 'handler-failed', peer, message: errorMessage(error) });
    }
  }
}

/** "host:port" (IPv6 as [::1]:2575) to its parts; throws on anything else. */
export function parseHostPort(value: string): { host: string; port: number } {
  const m = /^(?:\[([^\]]+)\]|([^:]+)):(\d{1,5})$/.exec(value.trim());
  const host = m?.[1] ?? m?.[2];
  const port = m ? Number(m[3]) : NaN;
  if (!host || !Number.isInteger(port) || port > 65535) throw new Error(`expected HOST:PORT, e.g. 127.0.0.1:2575 (got "${value}")`);
  if (m?.[1] && isIP(host) !== 6) throw new Error(`"${host}" is not an IPv6 address`);
  return { host, port };
}

/** A client connection that collects every frame the listener sends back. */
export class MllpClient {
  private readonly deframer = new MllpDeframer();
  private readonly received: Uint8Array[] = [];
  private readonly waiters = new Set<() => void>();

  private constructor(private readonly socket: Socket) {
    socket.on('data', (chunk: Buffer) => {
      for (const e of this.deframer.push(chunk)) if (e.kind === 'frame') this.received.push(e.payload);
      for (const w of this.waiters) w();
    });
    socket.on('close', () => {
      for (const w of this.waiters) w();
    });
    socket.on('error', () => undefined);
  }

  static connect(host: string, port: number, timeoutMs = 10_000): Promise<MllpClient> {
    return new Promise((resolve, reject) => {
      const socket = new Socket();
      const timer = setTimeout(() => {
        socket.destroy();
        reject(new Error(`no connection to ${host}:${port} within ${timeoutMs} ms`));
      }, timeoutMs);
      socket.once('error', (error) => {
        clearTimeout(timer);
        reject(error);
      });
      socket.connect(port, host, () => {
        clearTimeout(timer);
        resolve(new MllpClient(socket));
      });
    });
  }

  /** Writes raw bytes exactly as given (tests cut frames anywhere). */
  writeRaw(bytes: Uint8Array): Promise<void> {
    return new Promise((resolve, reject) => this.socket.write(bytes, (error) => (error ? reject(error) : resolve())));
  }

  send(payload: Uint8Array): Promise<void> {
    return this.writeRaw(encodeMllp(payload));
  }

  /** Every frame received so far (ACKs), oldest first. */
  get frames(): readonly Uint8Array[] {
    return this.received;
  }

  get closed(): boolean {
    return this.socket.destroyed;
  }

  /** Resolves once at least `count` frames have arrived; rejects on timeout or when the connection closes first. */
  waitForFrames(count: number, timeoutMs = 10_000): Promise<readonly Uint8Array[]> {
    return new Promise((resolve, reject) => {
      const check = () => {
        if (this.received.length >= count) return done(() => resolve(this.received));
        if (this.socket.destroyed) return done(() => reject(new Error(`connection closed after ${this.received.length} of ${count} ACKs`)));
      };
      const timer = setTimeout(() => done(() => reject(new Error(`only ${this.received.length} of ${count} ACKs within ${timeoutMs} ms`))), timeoutMs);
      const done = (finish: () => void) => {
        clearTimeout(timer);
        this.waiters.delete(check);
        finish();
      };
      this.waiters.add(check);
      check();
    });
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      if (this.socket.destroyed) return resolve();
      this.socket.once('close', () => resolve());
      this.socket.end();
      setTimeout(() => this.socket.destroy(), 1000).unref();
    });
  }
}
