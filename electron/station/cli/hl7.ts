// vigil hl7 parse|send, the HL7 gateway simulator (`vigil simulate --protocol hl7`), and the station's --hl7-* flags.
import { readFileSync } from 'node:fs';
import { localLabCodesSchema, createLabCatalogue, type LocalLabCode } from '../../../shared/labs';
import { Hl7ParseError, parseHl7, type ParsedHl7 } from '../../../drivers/hl7/adapter';
import { ACK_MODES, type AckMode } from '../../../drivers/hl7/ack';
import { decodeFrame, HL7_CHARSETS, type Hl7Charset } from '../../../drivers/hl7/charset';
import { summarise } from '../../../drivers/hl7/interpret';
import { MllpDeframer, VT } from '../../../drivers/hl7/mllp';
import { MllpClient, parseHostPort } from '../../../drivers/hl7/transport';
import { Pcd01Simulator } from '../../../drivers/hl7/simulator';
import { listScenarios } from '../../../drivers/scenarios';
import type { Station } from '../station';
import type { Hl7ListenConfig } from '../hl7/station';
import { CliError, type CliIo } from './errors';
import { parse, parsePositiveNumber, requireExistingFile } from './args';
import { waitForSignal } from './signals';
import { clockNotice, NOW_OPTION, runningClock } from './clock';
import { errorMessage } from '../../../shared/errors';

const USAGE = 'usage: vigil hl7 parse FILE [--lab-codes FILE] | vigil hl7 send --to HOST:PORT [--timeout SECONDS] FILE...';

export async function hl7Command(argv: string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub === 'parse') return parseCommand(rest, io);
  if (sub === 'send') return sendCommand(rest, io);
  throw new CliError(sub ? `unknown hl7 command "${sub}"; ${USAGE}` : USAGE);
}

/** A file's message bytes: a framed capture (VT … FS CR) gives its first frame, anything else is taken as is. */
function messageBytes(file: string): Uint8Array {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(readFileSync(file));
  } catch (error) {
    throw new CliError(`cannot read ${file}: ${errorMessage(error)}`);
  }
  if (bytes[0] !== VT) return bytes;
  const d = new MllpDeframer();
  const frame = [...d.push(bytes), ...d.end()].find((e) => e.kind === 'frame');
  return frame?.kind === 'frame' ? frame.payload : bytes.subarray(1);
}

function parseFile(file: string): { parsed: ParsedHl7; bytes: Uint8Array } {
  const bytes = messageBytes(requireExistingFile(file, 'FILE'));
  try {
    return { parsed: parseHl7(decodeFrame(bytes).text), bytes };
  } catch (error) {
    throw new CliError(`${file}: ${error instanceof Hl7ParseError ? error.message : `not an HL7 v2 message (${String(error)})`}`);
  }
}

function readLabCodes(file: string | undefined): LocalLabCode[] {
  if (file === undefined) return [];
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(requireExistingFile(file, '--lab-codes FILE'), 'utf8'));
  } catch (error) {
    throw error instanceof CliError ? error : new CliError(`--lab-codes ${file} is not JSON: ${errorMessage(error)}`);
  }
  const result = localLabCodesSchema.safeParse(json);
  if (!result.success) throw new CliError(`--lab-codes ${file}: expected [{"system"?, "code", "test", "name"?, "unit"?}, …] (${result.error.issues[0]?.message ?? 'invalid'})`);
  try {
    createLabCatalogue(result.data);
  } catch (error) {
    throw new CliError(`--lab-codes ${file}: ${errorMessage(error)}`);
  }
  return result.data;
}

function parseCommand(argv: string[], io: CliIo): number {
  const { values, positionals } = parse(argv, { 'lab-codes': { type: 'string' } }, true);
  if (positionals.length !== 1) throw new CliError(`give one FILE; ${USAGE}`);
  const catalogue = createLabCatalogue(readLabCodes(values['lab-codes']));
  io.out(JSON.stringify(summarise(parseFile(positionals[0]!).parsed, catalogue)));
  return 0;
}

/** ACKs a sender should wait for: MSH-15/16 AL count (both empty: one), plus ER/SU ones that may come. */
function expectedAcks(p: ParsedHl7): { required: number; optional: number } {
  const modes = [p.acceptAck, p.applicationAck].map((m) => (m ?? '').toUpperCase());
  if (modes.every((m) => m === '')) return { required: 1, optional: 0 };
  return { required: modes.filter((m) => m === 'AL').length, optional: modes.filter((m) => m === 'ER' || m === 'SU').length };
}

/** MSA-1 of an ACK (through the adapter, like every HL7 read); '?' when the reply is not readable. */
function ackCode(ack: string): string {
  try {
    return parseHl7(ack).message.getSegment('MSA')?.getComponent(1, 1) || '?';
  } catch {
    return '?';
  }
}

async function sendCommand(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(argv, { to: { type: 'string' }, timeout: { type: 'string' } }, true);
  if (!values.to) throw new CliError(`--to HOST:PORT is required; ${USAGE}`);
  if (positionals.length === 0) throw new CliError(`give at least one FILE; ${USAGE}`);
  const target = hostPort(values.to, '--to');
  const timeoutMs = (parsePositiveNumber(values.timeout, '--timeout') ?? 10) * 1000;
  const messages = positionals.map((file) => ({ file, ...parseFile(file) }));
  let client: MllpClient;
  try {
    client = await MllpClient.connect(target.host, target.port, timeoutMs);
  } catch (error) {
    throw new CliError(`cannot connect to ${values.to}: ${errorMessage(error)}`);
  }
  let missing = 0;
  try {
    for (const m of messages) {
      const before = client.frames.length;
      const { required, optional } = expectedAcks(m.parsed);
      // A write to a connection the station already closed fails; that is reported below as the closed connection.
      const sent = await client.send(m.bytes).then(() => true, () => false);
      const missingHere = sent ? await waitForAcks(client, before + required, optional, timeoutMs) : required;
      for (const frame of client.frames.slice(before)) {
        const ack = new TextDecoder().decode(frame);
        io.out(`# ${m.file} (MSH-10 ${m.parsed.controlId ?? ''}): ${ackCode(ack)}`);
        io.out(ack.replace(/\r/g, '\n').trimEnd());
      }
      if (missingHere > 0 && client.closed) {
        io.err(`vigil hl7 send: the connection to ${values.to} closed before the ACK of ${m.file} (is the station running?)`);
        return 1;
      }
      missing += missingHere;
    }
  } finally {
    await client.close();
  }
  if (missing > 0) io.err(`vigil hl7 send: ${missing} expected ACK(s) did not arrive within ${timeoutMs / 1000} s`);
  return missing > 0 ? 1 : 0;
}

/** Waits for the required ACKs (returns how many are missing), then briefly for optional ones. */
async function waitForAcks(client: MllpClient, count: number, optional: number, timeoutMs: number): Promise<number> {
  try {
    await client.waitForFrames(count, timeoutMs);
  } catch {
    return count - client.frames.length;
  }
  if (optional > 0) await client.waitForFrames(count + 1, 1000).catch(() => undefined);
  return 0;
}

function hostPort(value: string, flag: string): { host: string; port: number } {
  try {
    return parseHostPort(value);
  } catch (error) {
    throw new CliError(`${flag}: ${errorMessage(error)}`);
  }
}

/** True when `vigil simulate` is asked for the HL7 gateway (which takes --to instead of --port). */
export function isHl7Protocol(argv: readonly string[]): boolean {
  const i = argv.indexOf('--protocol');
  return (i >= 0 && argv[i + 1] === 'hl7') || argv.includes('--protocol=hl7');
}

export async function simulateHl7Command(argv: string[], io: CliIo): Promise<number> {
  const { values } = parse(argv, {
    protocol: { type: 'string' },
    to: { type: 'string' },
    scenario: { type: 'string', default: 'stable' },
    interval: { type: 'string' },
    mrn: { type: 'string', default: 'MRN-SIM-0001' },
    ...NOW_OPTION,
  });
  if (!values.to) throw new CliError('--to HOST:PORT is required (the station listening with --hl7-listen)');
  const target = hostPort(values.to, '--to');
  const scenario = values.scenario ?? 'stable';
  if (!listScenarios().includes(scenario)) throw new CliError(`unknown scenario "${scenario}" (known: ${listScenarios().join(', ')})`);
  const intervalSeconds = parsePositiveNumber(values.interval, '--interval') ?? 5;
  const clock = runningClock(values.now);
  let client: MllpClient;
  try {
    client = await MllpClient.connect(target.host, target.port);
  } catch (error) {
    throw new CliError(`cannot connect to ${values.to}: ${errorMessage(error)}`);
  }
  const simulator = new Pcd01Simulator(client, { scenario, mrn: values.mrn ?? 'MRN-SIM-0001', intervalSeconds, now: clock.now });
  if (clock.set) io.err(clockNotice('simulate', clock.now()));
  simulator.start();
  io.err(`vigil simulate: IHE PCD-01 gateway to ${values.to}, scenario ${scenario}, patient ${values.mrn}, every ${intervalSeconds} s`);
  await Promise.race([waitForSignal(), waitForClose(client)]);
  simulator.stop();
  await new Promise((r) => setTimeout(r, 200));
  const codes = client.frames.map((f) => ackCode(new TextDecoder().decode(f)));
  await client.close();
  const accepted = codes.filter((c) => c === 'AA' || c === 'CA').length;
  io.out(`vigil simulate: sent ${simulator.messagesSent} messages, ${codes.length} ACKs (${accepted} accepted, ${codes.length - accepted} refused)`);
  return 0;
}

async function waitForClose(client: MllpClient): Promise<void> {
  while (!client.closed) await new Promise((r) => setTimeout(r, 500));
}

/** The station's HL7 flags (spread into `vigil station`'s options). */
export const HL7_STATION_OPTIONS = {
  'hl7-listen': { type: 'string' },
  'hl7-allow': { type: 'string', multiple: true },
  'hl7-charset': { type: 'string' },
  'hl7-ack': { type: 'string' },
  'hl7-lab-codes': { type: 'string' },
  'hl7-fallback-after': { type: 'string' },
  'hl7-max-connections': { type: 'string' },
} as const;

export interface Hl7StationArgs {
  'hl7-listen'?: string;
  'hl7-allow'?: string[];
  'hl7-charset'?: string;
  'hl7-ack'?: string;
  'hl7-lab-codes'?: string;
  'hl7-fallback-after'?: string;
  'hl7-max-connections'?: string;
}

export interface Hl7StationSetup {
  readonly listen: Hl7ListenConfig | null;
  readonly fallbackAfterMs: number | undefined;
}

/** Checks the --hl7-* flags before anything is opened (bad input: one line, exit 2). */
export function hl7SetupFromArgs(values: Hl7StationArgs): Hl7StationSetup {
  const fallbackSeconds = parsePositiveNumber(values['hl7-fallback-after'], '--hl7-fallback-after');
  const fallbackAfterMs = fallbackSeconds === undefined ? undefined : fallbackSeconds * 1000;
  const others = (['hl7-allow', 'hl7-charset', 'hl7-ack', 'hl7-lab-codes', 'hl7-max-connections'] as const).filter((k) => values[k] !== undefined);
  if (!values['hl7-listen']) {
    if (others.length > 0) throw new CliError(`--${others[0]} needs --hl7-listen HOST:PORT`);
    return { listen: null, fallbackAfterMs };
  }
  const { host, port } = hostPort(values['hl7-listen'], '--hl7-listen');
  const charset = values['hl7-charset'] ?? 'utf-8';
  if (!(HL7_CHARSETS as readonly string[]).includes(charset)) throw new CliError(`--hl7-charset must be one of ${HL7_CHARSETS.join(', ')} (got "${charset}")`);
  const ackMode = values['hl7-ack'] ?? 'auto';
  if (!(ACK_MODES as readonly string[]).includes(ackMode)) throw new CliError(`--hl7-ack must be auto or original (got "${ackMode}")`);
  const allow = values['hl7-allow']?.flatMap((a) => a.split(',')).map((a) => a.trim()).filter(Boolean);
  const localLabCodes = readLabCodes(values['hl7-lab-codes']);
  const maxConnections = parseMaxConnections(values['hl7-max-connections']);
  const listen: Hl7ListenConfig = { host, port, charset: charset as Hl7Charset, ackMode: ackMode as AckMode, localLabCodes, ...(allow ? { allow } : {}), ...(maxConnections ? { maxConnections } : {}) };
  return { listen, fallbackAfterMs };
}

function parseMaxConnections(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 10_000) throw new CliError(`--hl7-max-connections must be a whole number from 1 to 10000 (got "${value}")`);
  return n;
}

/** Starts the listener on a running station; stops the station and exits 2 when the port cannot be opened. */
export async function startHl7(station: Station, setup: Hl7StationSetup, io: CliIo): Promise<void> {
  if (setup.fallbackAfterMs !== undefined) station.hl7.sources.fallbackAfterMs = setup.fallbackAfterMs;
  if (!setup.listen) return;
  try {
    const address = await station.hl7.listen(setup.listen);
    io.out(`vigil station: HL7 listener on ${setup.listen.host}:${address.port} (allowed senders: ${(setup.listen.allow ?? ['loopback only']).join(', ')})`);
  } catch (error) {
    await station.stop();
    throw new CliError(`cannot listen for HL7 on ${setup.listen.host}:${setup.listen.port}: ${errorMessage(error)}`);
  }
}
