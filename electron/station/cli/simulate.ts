// vigil simulate: a faithful monitor on a serial device path (one end of a pty pair, or a real port).
import { ReconnectingSerialLink } from '../../../drivers/transport/serial';
import { listScenarios } from '../../../drivers/scenarios';
import { CliError, type CliIo } from './errors';
import { parse, parsePositiveNumber, requireDriver } from './args';
import { waitForSignal } from './station';

export async function simulateCommand(argv: string[], io: CliIo): Promise<number> {
  const { values } = parse(argv, {
    protocol: { type: 'string' },
    port: { type: 'string' },
    scenario: { type: 'string', default: 'stable' },
    interval: { type: 'string' },
  });
  const driver = requireDriver(values.protocol);
  if (!values.port) throw new CliError('--port PATH is required (the serial device the station is cabled to)');
  const scenario = values.scenario ?? 'stable';
  if (!listScenarios().includes(scenario)) throw new CliError(`unknown scenario "${scenario}" (known: ${listScenarios().join(', ')})`);
  const intervalSeconds = parsePositiveNumber(values.interval, '--interval');

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
  const simulator = driver.createSimulator(link, { scenario, ...(intervalSeconds ? { intervalSeconds } : {}) });
  io.err(`vigil simulate: ${driver.title} on ${values.port}, scenario ${scenario}`);
  await waitForSignal();
  simulator.stop();
  await link.close();
  io.out(`vigil simulate: sent ${simulator.recordsSent} records`);
  return 0;
}
