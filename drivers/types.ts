// The shape every device driver shares: a pure codec, a session that drives a transport, a simulator.
import type { Observation } from '../shared/observation';
import type { ConnectionState, Protocol } from '../shared/device';
import type { ByteTransport } from './transport/types';

/** Why bytes could not become a frame or a message. Codecs return these; they never throw. */
export interface DecodeIssue {
  readonly kind: 'checksum' | 'truncated' | 'oversize' | 'malformed' | 'unsupported';
  readonly message: string;
}

export type DecodeResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly issue: DecodeIssue };

/** What a session reports to the station: observations, connection changes, and frames it had to drop. */
export interface SessionListener {
  observations(batch: readonly Observation[]): void;
  connection(state: ConnectionState): void;
  frameError?(issue: DecodeIssue): void;
}

export interface DeviceSession {
  start(): void;
  stop(): Promise<void>;
  readonly connection: ConnectionState;
}

export interface CaptureDecode {
  readonly observations: Observation[];
  readonly issues: DecodeIssue[];
  readonly frames: number;
}

export interface SessionConfig {
  readonly port: string;
  readonly device: string;
  readonly settings: Record<string, unknown>;
  /** The station's clock (receive times, silence watchdog); the computer's clock when absent. */
  readonly now?: () => number;
}

/** How a capture file is laid out: the bare wire bytes, or a DICES logger file (a host time stamp before each message). */
export type CaptureFormat = 'raw' | 'dices-log';

/** What a simulator can do beyond synthetic scenario values. */
export type SimulatorFeature = 'replay' | 'demo' | 'wrap';

export interface SimulatorConfig {
  readonly scenario: string;
  readonly intervalSeconds?: number;
  /** 'replay' streams `replayLog` (a capture read at run time) instead of scenario values. */
  readonly mode?: 'synthetic' | 'replay';
  readonly replayLog?: Uint8Array;
  /** The simulated monitor runs in demo mode. */
  readonly demo?: boolean;
  /** The device's relative clock wraps this many seconds after the start. */
  readonly wrapInSeconds?: number;
}

export interface ProtocolDriver {
  readonly protocol: Protocol;
  readonly title: string;
  /** Serial line settings the simulator must use on its end of the cable. */
  readonly line: { baudRate: number; parity: 'none' | 'even' | 'odd' };
  /** Capture layouts decodeCapture reads ('raw' always). */
  readonly captureFormats: readonly CaptureFormat[];
  readonly simulatorFeatures: readonly SimulatorFeature[];
  decodeCapture(bytes: Uint8Array, device: string, format?: CaptureFormat): CaptureDecode;
  createSession(config: SessionConfig, listener: SessionListener): DeviceSession;
  createSimulator(transport: ByteTransport, config: SimulatorConfig): { stop(): void; readonly recordsSent: number };
}
