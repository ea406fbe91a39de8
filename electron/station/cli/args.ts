// Small helpers over node:util parseArgs that turn every bad flag into a CliError.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { existsSync } from 'node:fs';
import { CliError } from './errors';
import { driverFor, DRIVERS } from '../../../drivers/registry';
import type { ProtocolDriver } from '../../../drivers/types';
import { errorMessage } from '../../../shared/errors';

export function parse<T extends NonNullable<ParseArgsConfig['options']>>(argv: string[], options: T, allowPositionals = false) {
  try {
    return parseArgs({ args: argv, options, allowPositionals, strict: true });
  } catch (error) {
    throw new CliError(errorMessage(error));
  }
}

export function requireDriver(protocol: string | undefined): ProtocolDriver {
  if (!protocol) throw new CliError(`--protocol is required (one of: ${Object.keys(DRIVERS).join(', ')})`);
  const driver = driverFor(protocol);
  if (!driver) throw new CliError(`unknown protocol "${protocol}" (known: ${Object.keys(DRIVERS).join(', ')})`);
  return driver;
}

export function requireExistingFile(path: string | undefined, what: string): string {
  if (!path) throw new CliError(`${what} is required`);
  if (!existsSync(path)) throw new CliError(`${what} not found: ${path}`);
  return path;
}

/** An ISO-8601 date-time to UTC ms; a value without a zone is refused rather than guessed. */
export function parseIsoTime(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2}))?$/.test(value))
    throw new CliError(`${flag} must be an ISO-8601 time with a zone, e.g. 2026-11-26T07:00:00Z (got "${value}")`);
  const t = Date.parse(value.length === 10 ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(t)) throw new CliError(`${flag} is not a valid time: "${value}"`);
  return t;
}

export function parsePort(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new CliError(`${flag} must be a TCP port number 0-65535 (got "${value}")`);
  return n;
}

export function parsePositiveNumber(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new CliError(`${flag} must be a positive number of seconds (got "${value}")`);
  return n;
}
