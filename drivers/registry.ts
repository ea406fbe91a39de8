// Every protocol Vigil speaks, behind one shape, so the station and the CLI never switch on names.
import type { Protocol } from '../shared/device';
import type { Observation } from '../shared/observation';
import type { DecodeIssue, DeviceSession, SessionListener } from './types';
import type { ByteTransport } from './transport/types';
import { GeS5Session } from './ge-s5/session';
import { decodeGeCapture } from './ge-s5/capture';
import { GeS5Simulator, type GeS5SimulatorOptions } from './ge-s5/simulator';

export interface CaptureDecode {
  readonly observations: Observation[];
  readonly issues: DecodeIssue[];
  readonly frames: number;
}

export interface SessionConfig {
  readonly port: string;
  readonly device: string;
  readonly settings: Record<string, unknown>;
}

export interface SimulatorConfig {
  readonly scenario: string;
  readonly intervalSeconds?: number;
}

export interface ProtocolDriver {
  readonly protocol: Protocol;
  readonly title: string;
  /** Serial line settings the simulator must use on its end of the cable. */
  readonly line: { baudRate: number; parity: 'none' | 'even' | 'odd' };
  decodeCapture(bytes: Uint8Array, device: string): CaptureDecode;
  createSession(config: SessionConfig, listener: SessionListener): DeviceSession;
  createSimulator(transport: ByteTransport, config: SimulatorConfig): { stop(): void; readonly recordsSent: number };
}

const geS5: ProtocolDriver = {
  protocol: 'ge-s5',
  title: 'GE Datex-Ohmeda S/5 / CARESCAPE (Computer Interface)',
  line: { baudRate: 19200, parity: 'even' },
  decodeCapture: decodeGeCapture,
  createSession: (config, listener) =>
    new GeS5Session(
      {
        port: config.port,
        device: config.device,
        ...(typeof config.settings.intervalSeconds === 'number' ? { intervalSeconds: config.settings.intervalSeconds } : {}),
      },
      listener,
    ),
  createSimulator: (transport, config) => {
    const options: GeS5SimulatorOptions = { scenario: config.scenario, ...(config.intervalSeconds ? { intervalSeconds: config.intervalSeconds } : {}) };
    return new GeS5Simulator(transport, options);
  },
};

export const DRIVERS: Readonly<Record<Protocol, ProtocolDriver>> = { 'ge-s5': geS5 };

export function driverFor(protocol: string): ProtocolDriver | undefined {
  return Object.hasOwn(DRIVERS, protocol) ? DRIVERS[protocol as Protocol] : undefined;
}
