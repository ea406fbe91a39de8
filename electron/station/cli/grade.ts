// vigil grade FILE: grades every vignette of a file in the ../shared/fixtures/vignettes format and prints one JSON
// line per vignette, in input order: {"id","crs":{"current","max"},"icans":{"current","max"},"flags":[…]}.
// This output is a contract later checks rely on: keep its keys and order stable.
import { readFileSync } from 'node:fs';
import { describeVignetteError, gradeVignette, HYPOTENSION_DEFINITIONS, vignetteFileSchema, vignetteLine, type GradingConfigInput, type HypotensionDefinition } from '../../../shared/clinical/index';
import { CliError, type CliIo } from './errors';
import { parse, requireExistingFile } from './args';
import { errorMessage } from '../../../shared/errors';
import { HOUR_MS } from '../../../shared/time';

export function gradeCommand(argv: string[], io: CliIo): number {
  const { values, positionals } = parse(argv, { 'fever-lookback-h': { type: 'string' }, hypotension: { type: 'string' } }, true);
  if (positionals.length !== 1) throw new CliError('usage: vigil grade [--fever-lookback-h 1-24] [--hypotension sbp|map|either] FILE');
  const config = gradingOptions(values['fever-lookback-h'], values.hypotension);
  const file = requireExistingFile(positionals[0], 'vignette file');

  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new CliError(oneLine(`${file} is not a JSON vignette file: ${errorMessage(error)}`));
  }
  const parsed = vignetteFileSchema.safeParse(json);
  if (!parsed.success) throw new CliError(oneLine(describeVignetteError(parsed.error)));

  for (const vignette of parsed.data.vignettes) io.out(JSON.stringify(vignetteLine(vignette.id, gradeVignette(vignette, config))));
  return 0;
}

/** Bad input is reported on exactly one line (README, Command line). */
const oneLine = (message: string) => message.replace(/\s+/g, ' ').trim();

function gradingOptions(lookback: string | undefined, hypotension: string | undefined): GradingConfigInput {
  const config: GradingConfigInput = {};
  if (lookback !== undefined) {
    const hours = Number(lookback);
    if (!Number.isFinite(hours) || hours < 1 || hours > 24) throw new CliError(`--fever-lookback-h must be a number of hours from 1 to 24 (got "${lookback}")`);
    config.feverLookbackMs = hours * HOUR_MS;
  }
  if (hypotension !== undefined) {
    if (!(HYPOTENSION_DEFINITIONS as readonly string[]).includes(hypotension)) throw new CliError(`--hypotension must be one of ${HYPOTENSION_DEFINITIONS.join(', ')} (got "${hypotension}")`);
    config.hypotension = { definition: hypotension as HypotensionDefinition };
  }
  return config;
}
