// Every protocol Vigil speaks, behind one shape, so the station and the CLI never switch on names.
import type { Protocol } from '../shared/device';
import type { ProtocolDriver } from './types';
import { GeS5Session } from './ge-s5/session';
import { decodeGeCapture } from './ge-s5/capture';
import { GeS5Simulator, type GeS5SimulatorOptions } from './ge-s5/simulator';
import { decodePhilipsCapture } from './philips-intellivue/capture';
import { PhilipsIntelliVueSession } from './philips-intellivue/session';
import { PhilipsIntelliVueSimulator, philipsSimulatorOptions } from './philips-intellivue/simulator';

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
