// Every protocol Vigil speaks, behind one shape, so the station and the CLI never switch on names.
import type { Protocol } from '../shared/device';
import type { Observation } from '../shared/observation';
import type { DecodeIssue, DeviceSession, SessionListener } from './types';
import type { ByteTransport } from './transport/types';
import { GeS5Session } from './ge-s5/session';
import { decodeGeCapture } from './ge-s5/capture';
import { GeS5Simulator, type GeS5SimulatorOptions } from './ge-s5/simulator';
import { decodePhilipsCapture } from './philips-intellivue/capture';
import { PhilipsIntelliVueSession } from './philips-intellivue/session';
import { PhilipsIntelliVueSimulator, philipsSimulatorOptions } from './philips-intellivue/simulator';

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

const geS5: ProtocolDriver = {
  protocol: 'ge-s5',
  title: 'GE Datex-Ohmeda S/5 / CARESCAPE (Computer Interface)',
  line: { baudRate: 19200, parity: 'even' },
  captureFormats: ['raw'],
  simulatorFeatures: [],
  decodeCapture: (bytes, device) => decodeGeCapture(bytes, device),
  createSession: (config, listener) =>
    new GeS5Session(
      {
        port: config.port,
        device: config.device,
        ...(config.now ? { now: config.now } : {}),
        ...(typeof config.settings.intervalSeconds === 'number' ? { intervalSeconds: config.settings.intervalSeconds } : {}),
      },
      listener,
    ),
  createSimulator: (transport, config) => {
    const options: GeS5SimulatorOptions = { scenario: config.scenario, ...(config.intervalSeconds ? { intervalSeconds: config.intervalSeconds } : {}) };
    return new GeS5Simulator(transport, options);
  },
};

const philipsIntelliVue: ProtocolDriver = {
  protocol: 'philips-intellivue',
  title: 'Philips IntelliVue (Data Export over MIB/RS-232)',
  line: { baudRate: 115200, parity: 'none' },
  captureFormats: ['raw', 'dices-log'],
  simulatorFeatures: ['replay', 'demo', 'wrap'],
  decodeCapture: (bytes, device, format) => decodePhilipsCapture(bytes, device, format ?? 'raw'),
  createSession: (config, listener) =>
    new PhilipsIntelliVueSession({ port: config.port, device: config.device, ...(config.now ? { now: config.now } : {}), ...(config.settings.baudRate === 19200 ? { baudRate: 19200 } : {}) }, listener),
  createSimulator: (transport, config) => new PhilipsIntelliVueSimulator(transport, philipsSimulatorOptions(config)),
};

export const DRIVERS: Readonly<Record<Protocol, ProtocolDriver>> = { 'ge-s5': geS5, 'philips-intellivue': philipsIntelliVue };

export function driverFor(protocol: string): ProtocolDriver | undefined {
  return Object.hasOwn(DRIVERS, protocol) ? DRIVERS[protocol as Protocol] : undefined;
}
