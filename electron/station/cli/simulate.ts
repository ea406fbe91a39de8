// vigil simulate: a faithful monitor on a serial device path (one end of a pty pair, or a real port).
import { readFileSync } from 'node:fs';
import { ReconnectingSerialLink } from '../../../drivers/transport/serial';
import { listScenarios } from '../../../drivers/scenarios';
import { CliError, type CliIo } from './errors';
import { parse, parsePositiveNumber, requireDriver, requireExistingFile } from './args';
import { waitForSignal } from './signals';
import { isHl7Protocol, simulateHl7Command } from './hl7';
import type { ProtocolDriver, SimulatorConfig, SimulatorFeature } from '../../../drivers/types';
import { errorMessage } from '../../../shared/errors';

/** --mode/--log/--demo/--wrap-in, checked against what the protocol's simulator can do; the log is read here, at run time. */
function simulatorExtras(driver: ProtocolDriver, mode: string, log: string | undefined, demo: boolean, wrapInSeconds: number | undefined): Partial<SimulatorConfig> {
  const need = (feature: SimulatorFeature, flag: string): void => {
    if (!driver.simulatorFeatures.includes(feature)) throw new CliError(`the ${driver.protocol} simulator does not support ${flag}`);
  };
  if (mode !== 'synthetic' && mode !== 'replay') throw new CliError(`--mode must be synthetic or replay (got "${mode}")`);
  if (demo) need('demo', '--demo');
  if (wrapInSeconds !== undefined) need('wrap', '--wrap-in');
  if (mode === 'synthetic') {
    if (log) throw new CliError('--log is only used with --mode replay');
    return { ...(demo ? { demo } : {}), ...(wrapInSeconds !== undefined ? { wrapInSeconds } : {}) };
  }
  need('replay', '--mode replay');
  const file = requireExistingFile(log, '--log FILE (the capture to replay)');
  let replayLog: Uint8Array;
  try {
    replayLog = readFileSync(file);
  } catch (error) {
    throw new CliError(`cannot read ${file}: ${errorMessage(error)}`);
  }
  return { mode, replayLog, ...(demo ? { demo } : {}), ...(wrapInSeconds !== undefined ? { wrapInSeconds } : {}) };
}

export async function simulateCommand(argv: string[], io: CliIo): Promise<number> {
  if (isHl7Protocol(argv)) return simulateHl7Command(argv, io);
  const { values } = parse(argv, {
    protocol: { type: 'string' },
    port: { type: 'string' },
    scenario: { type: 'string', default: 'stable' },
    interval: { type: 'string' },
    mode: { type: 'string', default: 'synthetic' },
    log: { type: 'string' },
    demo: { type: 'boolean', default: false },
    'wrap-in': { type: 'string' },
  });
  const driver = requireDriver(values.protocol);
  if (!values.port) throw new CliError('--port PATH is required (the serial device the station is cabled to)');
  const scenario = values.scenario ?? 'stable';
  if (!listScenarios().includes(scenario)) throw new CliError(`unknown scenario "${scenario}" (known: ${listScenarios().join(', ')})`);
  const intervalSeconds = parsePositiveNumber(values.interval, '--interval');
  const extras = simulatorExtras(driver, values.mode ?? 'synthetic', values.log, values.demo ?? false, parsePositiveNumber(values['wrap-in'], '--wrap-in'));

  let settle: { resolve: () => void; reject: (e: Error) => void } | null = null;
  const opened = new Promise<void>((resolve, reject) => (settle = { resolve, reject }));
  const link = new ReconnectingSerialLink(
    { path: values.port, baudRate: driver.line.baudRate, parity: driver.line.parity },
    { opened: () => settle?.resolve(), lost: (reason) => settle?.reject(new CliError(reason)) },
  );
  link.start();
  try {
    await opened;
  } catch (error) {
    await link.close();
    throw error;
  }
  let simulator: ReturnType<ProtocolDriver['createSimulator']>;
  try {
    simulator = driver.createSimulator(link, { scenario, ...(intervalSeconds ? { intervalSeconds } : {}), ...extras });
  } catch (error) {
    await link.close();
    throw new CliError(`cannot start the simulator: ${errorMessage(error)}`);
  }
  io.err(`vigil simulate: ${driver.title} on ${values.port}, ${extras.mode === 'replay' ? `replay of ${values.log}` : `scenario ${scenario}`}`);
  await waitForSignal();
  simulator.stop();
  await link.close();
  io.out(`vigil simulate: sent ${simulator.recordsSent} records`);
  return 0;
}
