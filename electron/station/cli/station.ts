// vigil station: the headless station core, and with --web the browser mode.
import { accessSync, constants } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Protocol } from '../../../shared/device';
import { Station, type StationDeviceConfig } from '../station';
import { startWebServer } from '../server/webServer';
import { defaultDatabaseFile } from '../paths';
import { CliError, type CliIo } from './errors';
import { parse, parsePort, parsePositiveNumber, requireDriver } from './args';
import { HL7_STATION_OPTIONS, hl7SetupFromArgs, startHl7 } from './hl7';
import { clockNotice, NOW_OPTION, runningClock } from './clock';
import { waitForSignal } from './signals';
import { errorMessage } from '../../../shared/errors';
import { SECOND_MS } from '../../../shared/time';
import { HL7_SEND_OPTIONS, hl7SendFromArgs, startHl7Send } from './outbound';

export const RENDERER_DIR = fileURLToPath(new URL('../../../out/renderer', import.meta.url));

export async function stationCommand(argv: string[], io: CliIo): Promise<number> {
  const { values } = parse(argv, {
    db: { type: 'string' },
    serial: { type: 'string', multiple: true },
    protocol: { type: 'string', multiple: true },
    web: { type: 'string' },
    interval: { type: 'string' },
    name: { type: 'string' },
    'nibp-cycle': { type: 'string' },
    'renderer-dir': { type: 'string' },
    'backup-dir': { type: 'string' },
    ...HL7_STATION_OPTIONS,
    ...HL7_SEND_OPTIONS,
    ...NOW_OPTION,
  });
  const devices = deviceConfigs(values.serial ?? [], values.protocol ?? [], parsePositiveNumber(values.interval, '--interval'));
  const webPort = parsePort(values.web, '--web');
  const dbFile = values.db ?? defaultDatabaseFile();
  const hl7 = hl7SetupFromArgs(values);
  const hl7Send = hl7SendFromArgs(values);
  const clock = runningClock(values.now);
  const identity = stationIdentity(values.name, parsePositiveNumber(values['nibp-cycle'], '--nibp-cycle'));

  let station: Station;
  try {
    station = new Station({ dbFile, devices, ...identity, log: io.err, now: clock.now, ...(values['backup-dir'] ? { backup: { dir: values['backup-dir'] } } : {}) });
  } catch (error) {
    throw new CliError(`cannot open the database ${dbFile}: ${errorMessage(error)}`);
  }
  station.start();
  if (clock.set) io.err(clockNotice('station', clock.now()));
  io.out(`vigil station: database ${dbFile}`);
  await startHl7(station, hl7, io);
  startHl7Send(station, hl7Send, io);
  let web: Awaited<ReturnType<typeof startWebServer>> | null = null;
  if (webPort !== undefined) {
    try {
      web = await startWebServer({ dispatch: station.dispatch, createSession: () => station.createWindowSession(), events: station.events, services: station.services, rendererDir: values['renderer-dir'] ?? RENDERER_DIR, port: webPort });
    } catch (error) {
      await station.stop();
      throw new CliError(`cannot start browser mode on port ${webPort}: ${errorMessage(error)}`);
    }
    io.out(`vigil station: browser mode at ${web.url}`);
  }
  await waitForSignal();
  await web?.close();
  await station.stop();
  io.err('vigil station: stopped; port and database closed');
  return 0;
}

function deviceConfigs(ports: string[], protocols: string[], intervalSeconds: number | undefined): StationDeviceConfig[] {
  if (ports.length === 0 && protocols.length > 0) throw new CliError('--protocol needs a --serial PATH');
  if (ports.length > 0 && protocols.length === 0) throw new CliError('--serial needs a --protocol');
  if (protocols.length !== 1 && protocols.length !== ports.length)
    throw new CliError('give one --protocol for all --serial ports, or one per --serial, in the same order');
  return ports.map((port, i) => {
    const driver = requireDriver(protocols[protocols.length === 1 ? 0 : i]);
    try {
      accessSync(port, constants.R_OK | constants.W_OK);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new CliError(
        code === 'ENOENT' ? `serial port ${port} not found: check the cable or adapter and the port name` : `serial port ${port} cannot be opened (${code ?? 'error'})`,
      );
    }
    return { protocol: driver.protocol as Protocol, port, settings: intervalSeconds ? { intervalSeconds } : {} };
  });
}

/** `--name` (the header's station name) and `--nibp-cycle SECONDS` (when an NIBP counts as stale) as Station options. */
function stationIdentity(name: string | undefined, nibpCycleSeconds: number | undefined): { stationName?: string; nibpCycleMs?: number } {
  if (name !== undefined && name.trim() === '') throw new CliError('--name must not be empty');
  return {
    ...(name !== undefined ? { stationName: name.trim() } : {}),
    ...(nibpCycleSeconds !== undefined ? { nibpCycleMs: Math.round(nibpCycleSeconds * SECOND_MS) } : {}),
  };
}
