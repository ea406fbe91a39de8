// vigil export --db FILE: the stored observations in the same canonical shape as decode.
import { toObservationLine, type ObservationLine } from '../../../shared/observation';
import { isVitalParam } from '../../../shared/params';
import { openDatabase } from '../db/open';
import { ObservationRepository } from '../repositories/observations';
import { CliError, type CliIo } from './errors';
import { parse, parseIsoTime, requireExistingFile } from './args';
import { errorMessage } from '../../../shared/errors';

const CSV_COLUMNS: readonly (keyof ObservationLine)[] = ['param', 'value', 'unit', 'time', 'status', 'source', 'device', 'site', 'deviceTime'];

export function exportCommand(argv: string[], io: CliIo): number {
  const { values } = parse(argv, {
    db: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    params: { type: 'string' },
    format: { type: 'string', default: 'ndjson' },
  });
  const dbFile = requireExistingFile(values.db, '--db');
  const from = parseIsoTime(values.from, '--from');
  const to = parseIsoTime(values.to, '--to');
  if (from !== undefined && to !== undefined && to <= from) throw new CliError('--to must be after --from');
  const params = values.params ? values.params.split(',').map((p) => p.trim()).filter(Boolean) : undefined;
  const unknown = params?.filter((p) => !isVitalParam(p)) ?? [];
  if (unknown.length > 0) throw new CliError(`unknown param(s): ${unknown.join(', ')}`);
  if (values.format !== 'ndjson' && values.format !== 'csv') throw new CliError(`--format must be ndjson or csv (got "${values.format}")`);

  let db;
  try {
    db = openDatabase(dbFile);
  } catch (error) {
    throw new CliError(`cannot open ${dbFile} as a Vigil database: ${errorMessage(error)}`);
  }
  try {
    const rows = new ObservationRepository(db).export({ ...(from !== undefined ? { from } : {}), ...(to !== undefined ? { to } : {}), ...(params ? { params } : {}) });
    if (values.format === 'csv') io.out(CSV_COLUMNS.join(','));
    for (const o of rows) {
      const line = toObservationLine(o);
      io.out(values.format === 'csv' ? CSV_COLUMNS.map((c) => csvField(line[c])).join(',') : JSON.stringify(line));
    }
  } finally {
    db.close();
  }
  return 0;
}

function csvField(value: unknown): string {
  if (value === undefined || value === null) return '';
  const text = String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
