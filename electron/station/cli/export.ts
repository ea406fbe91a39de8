// vigil export --db FILE: the stored observations in the same canonical shape as decode (the default, a CLI contract);
// --what episode|audit|all --out DIR: the whole record as one file per table, optionally de-identified.
import { toObservationLine, type ObservationLine } from '../../../shared/observation';
import { isVitalParam } from '../../../shared/params';
import { openDatabase } from '../db/open';
import { ObservationRepository } from '../repositories/observations';
import { CliError, type CliIo } from './errors';
import { parse, parseIsoTime, requireExistingFile } from './args';
import { EXPORT_WHATS, type ExportWhat } from '../export/record';
import { csvField, writeTables } from '../export/write';
import { errorMessage } from '../../../shared/errors';

const CSV_COLUMNS: readonly (keyof ObservationLine)[] = ['param', 'value', 'unit', 'time', 'status', 'source', 'device', 'site', 'deviceTime'];

export function exportCommand(argv: string[], io: CliIo): number {
  const { values } = parse(argv, {
    db: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    params: { type: 'string' },
    format: { type: 'string', default: 'ndjson' },
    what: { type: 'string', default: 'observations' },
    out: { type: 'string' },
    deidentify: { type: 'boolean', default: false },
  });
  const dbFile = requireExistingFile(values.db, '--db');
  const what = values.what as ExportWhat;
  if (!EXPORT_WHATS.includes(what)) throw new CliError(`--what must be ${EXPORT_WHATS.join(', ')} (got "${values.what}")`);
  if (what !== 'observations') return exportTables(dbFile, what, values, io);
  if (values.out !== undefined || values.deidentify) throw new CliError('--out and --deidentify go with --what episode or all (observations alone print to stdout)');
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

function exportTables(dbFile: string, what: Exclude<ExportWhat, 'observations'>, values: { format?: string; out?: string; deidentify?: boolean; from?: string; to?: string; params?: string }, io: CliIo): number {
  if (!values.out) throw new CliError(`--what ${what} writes one file per table: give --out DIR`);
  if (values.format !== 'ndjson' && values.format !== 'csv') throw new CliError(`--format must be ndjson or csv (got "${values.format}")`);
  if (values.from !== undefined || values.to !== undefined || values.params !== undefined) throw new CliError(`--from, --to and --params go with --what observations; --what ${what} exports whole tables`);
  // The audit trail names patients and staff in its before/after: it is handed over whole or not at all.
  if (values.deidentify && what !== 'episode') throw new CliError('--deidentify goes with --what episode (the audit trail cannot be de-identified and keep its hash chain)');
  let db;
  try {
    db = openDatabase(dbFile, { readonly: true });
  } catch (error) {
    throw new CliError(`cannot open ${dbFile} as a Vigil database: ${errorMessage(error)}`);
  }
  try {
    io.out(JSON.stringify(writeTables(db, { what, format: values.format, dir: values.out, deidentify: values.deidentify ?? false })));
  } catch (error) {
    throw new CliError(`--out ${values.out}: ${errorMessage(error)}`);
  } finally {
    db.close();
  }
  return 0;
}
