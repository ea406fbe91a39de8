// vigil demo --db FILE --mrn ID [--now ISO]: writes a clearly labelled DEMO episode (training, screenshots, benchmarks, tests).
import { performance } from 'node:perf_hooks';
import { openDatabase } from '../db/open';
import { seedDemo } from '../demo/seed';
import { listScenarios } from '../../../drivers/scenarios';
import { CliError, type CliIo } from './errors';
import { parse, parsePositiveNumber } from './args';
import { fixedNow, NOW_OPTION } from './clock';
import { errorMessage } from '../../../shared/errors';

export function demoCommand(argv: string[], io: CliIo): number {
  const { values } = parse(argv, {
    db: { type: 'string' },
    mrn: { type: 'string' },
    days: { type: 'string', default: '10' },
    product: { type: 'string', default: 'ide-cel' },
    scenario: { type: 'string', default: 'crs-fever-hypotension' },
    interval: { type: 'string', default: '1' },
    ...NOW_OPTION,
  });
  if (!values.db) throw new CliError('--db FILE is required (a new database, or one with no admitted patient)');
  if (!values.mrn) throw new CliError('--mrn ID is required');
  const days = Number(values.days);
  if (!Number.isInteger(days) || days < 1 || days > 60) throw new CliError(`--days must be a whole number of days from 1 to 60 (got "${values.days}")`);
  if (values.product !== 'ide-cel' && values.product !== 'cilta-cel') throw new CliError(`--product must be ide-cel or cilta-cel (got "${values.product}")`);
  if (!listScenarios().includes(values.scenario!)) throw new CliError(`unknown scenario "${values.scenario}" (known: ${listScenarios().join(', ')})`);
  const intervalSeconds = parsePositiveNumber(values.interval, '--interval')!;
  const now = fixedNow(values.now);
  let db;
  try {
    db = openDatabase(values.db);
  } catch (error) {
    throw new CliError(`cannot open ${values.db}: ${errorMessage(error)}`);
  }
  try {
    const started = performance.now();
    const result = seedDemo(db, { mrn: values.mrn, days, product: values.product, scenario: values.scenario!, intervalSeconds, now });
    io.out(JSON.stringify({ demo: true, episodeId: result.episodeId, mrn: values.mrn, days, product: values.product, monitorRows: result.rows, now: new Date(now).toISOString(), seconds: Math.round((performance.now() - started) / 1000) }));
    return 0;
  } catch (error) {
    if (error instanceof Error && /admitted/.test(error.message)) throw new CliError(error.message);
    throw error;
  } finally {
    db.close();
  }
}
