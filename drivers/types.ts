// The shape every device driver shares: a pure codec, a session that drives a transport, a simulator.
import type { Observation } from '../shared/observation';
import type { ConnectionState } from '../shared/device';

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
