// Devices and the state of their connection, as the station reports them.
import { z } from 'zod';

export const PROTOCOLS = ['ge-s5', 'philips-intellivue'] as const;
export const protocolSchema = z.enum(PROTOCOLS);
export type Protocol = z.infer<typeof protocolSchema>;

/**
 * connecting: opening the port; waiting: port open and request sent, nothing received yet;
 * receiving: valid records arriving; silent: the port is open but nothing valid came for too long;
 * error: the port cannot be used (reason says why); stopped: closed on purpose.
 */
export const CONNECTION_STATES = ['connecting', 'waiting', 'receiving', 'silent', 'error', 'stopped'] as const;
export type ConnectionStateName = (typeof CONNECTION_STATES)[number];

export interface ConnectionState {
  readonly state: ConnectionStateName;
  /** UTC ms of the state change. */
  readonly since: number;
  /** UTC ms of the last valid record, if any arrived in this run. */
  readonly lastDataAt: number | null;
  /** Plain-language reason for 'error' and 'silent'. */
  readonly reason?: string;
  /** The monitor says it runs in demo mode: its values are not the patient's. */
  readonly demo?: boolean;
}

export interface DeviceInfo {
  readonly id: number;
  readonly name: string;
  readonly protocol: Protocol;
  readonly port: string;
  readonly settings: Readonly<Record<string, unknown>>;
  /** Connected when the station starts (and now); false after "disconnect". */
  readonly enabled: boolean;
  readonly connection: ConnectionState;
}
