// Writes the chosen tables into a folder, one NDJSON or CSV file each, and a manifest with the row counts (and the
// source's audit-chain check when the audit trail is in it), so the receiver can tell the export is complete.
import { closeSync, existsSync, mkdirSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { StationDb } from '../db/open';
import { verifyAuditChain } from '../repositories/auditChain';
import { columnsOf, readTable, tablesOf, type ExportWhat } from './record';
import { createDeidentifier } from './deidentify';

export type TableFormat = 'ndjson' | 'csv';

export interface TableExport {
  readonly what: Exclude<ExportWhat, 'observations'>;
  readonly format: TableFormat;
  readonly dir: string;
  readonly deidentify: boolean;
}

export interface ExportManifest {
  readonly what: string;
  readonly format: TableFormat;
  readonly deidentified: boolean;
  readonly tables: Record<string, { readonly file: string; readonly rows: number }>;
  readonly auditChain?: { readonly ok: boolean; readonly entries: number };
}

export function csvField(value: unknown): string {
  if (value === undefined || value === null) return '';
  const text = String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function writeTables(db: StationDb, options: TableExport): ExportManifest {
  mkdirSync(options.dir, { recursive: true });
  const tables = tablesOf(options.what);
  const files = tables.map((t) => join(options.dir, `${t}.${options.format}`));
  const taken = [...files, join(options.dir, 'manifest.json')].find((f) => existsSync(f));
  if (taken) throw new Error(`${taken} exists already; export into an empty folder`);
  const deidentifier = options.deidentify ? createDeidentifier(db) : null;
  const manifest: ExportManifest = { what: options.what, format: options.format, deidentified: options.deidentify, tables: {} };
  tables.forEach((table, i) => {
    const fd = openSync(files[i]!, 'wx');
    let rows = 0;
    try {
      const columns = columnsOf(table);
      if (options.format === 'csv') writeSync(fd, `${columns.join(',')}\n`);
      for (const raw of readTable(db, table)) {
        const row = deidentifier ? deidentifier.row(table, raw) : raw;
        if (!row) continue;
        writeSync(fd, options.format === 'csv' ? `${columns.map((c) => csvField(row[c])).join(',')}\n` : `${JSON.stringify(row)}\n`);
        rows += 1;
      }
    } finally {
      closeSync(fd);
    }
    manifest.tables[table] = { file: `${table}.${options.format}`, rows };
  });
  const withChain: ExportManifest = tables.includes('audit_log') ? { ...manifest, auditChain: (({ ok, entries }) => ({ ok, entries }))(verifyAuditChain(db)) } : manifest;
  writeFileSync(join(options.dir, 'manifest.json'), `${JSON.stringify(withChain, null, 1)}\n`, { flag: 'wx' });
  return withChain;
}
