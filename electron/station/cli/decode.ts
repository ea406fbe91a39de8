// vigil decode --protocol P [--format raw|dices-log] FILE: a capture to canonical observations, one JSON line each.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { toObservationLine } from '../../../shared/observation';
import { CliError, type CliIo } from './errors';
import { parse, requireDriver, requireExistingFile } from './args';
import type { CaptureFormat, ProtocolDriver } from '../../../drivers/types';
import { errorMessage } from '../../../shared/errors';

const isCaptureFormat = (driver: ProtocolDriver, format: string): format is CaptureFormat => (driver.captureFormats as readonly string[]).includes(format);

export function decodeCommand(argv: string[], io: CliIo): number {
  const { values, positionals } = parse(argv, { protocol: { type: 'string' }, device: { type: 'string' }, format: { type: 'string', default: 'raw' } }, true);
  const driver = requireDriver(values.protocol);
  if (positionals.length !== 1) throw new CliError('usage: vigil decode --protocol PROTOCOL [--format raw|dices-log] FILE');
  const format = values.format ?? 'raw';
  if (!isCaptureFormat(driver, format)) throw new CliError(`--format must be one of ${driver.captureFormats.join(', ')} for ${driver.protocol} (got "${format}")`);
  const file = requireExistingFile(positionals[0], 'capture file');
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    throw new CliError(`cannot read ${file}: ${errorMessage(error)}`);
  }
  const result = driver.decodeCapture(bytes, values.device ?? `${driver.protocol}:${basename(file)}`, format);
  for (const issue of result.issues) io.err(`vigil decode: skipped a frame (${issue.kind}): ${issue.message}`);
  if (result.frames === 0) throw new CliError(`${file} is not a ${driver.title} capture: no frames found`);
  for (const o of result.observations) io.out(JSON.stringify(toObservationLine(o)));
  io.err(`vigil decode: ${result.frames} frames, ${result.issues.length} skipped, ${result.observations.length} observations`);
  return 0;
}
