// `vigil export --what all` on the DEMO episode round-trips: every table's row count equals the database's, and the
// exported audit trail, loaded into a fresh database, verifies with its hash chain. --deidentify leaves no name, MRN
// or birth date and shifts each patient's times by whole days; the default observations export is unchanged.
import { beforeAll, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runVigil } from '../helpers/cli';
import { openDatabase } from '../../electron/station/db/open';
import { verifyAuditChain } from '../../electron/station/repositories/auditChain';
import { columnsOf } from '../../electron/station/export/record';
import { DAY_MS } from '../../shared/time';

const NOW = '2026-11-26T10:00:00Z';
const count = (db: Database.Database, table: string) => db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
const ndjson = (file: string) => readFileSync(file, 'utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);

describe('vigil export --what', () => {
  const dir = mkdtempSync(join(tmpdir(), 'vigil-export-'));
  const dbFile = join(dir, 'demo.db');
  beforeAll(async () => {
    expect((await runVigil(['demo', '--db', dbFile, '--mrn', 'DEMO-1', '--days', '1', '--interval', '60', '--now', NOW], { timeoutMs: 120_000 })).code).toBe(0);
  }, 150_000);

  it('exports every table of the record with the database\'s row counts, and the exported audit chain verifies', async () => {
    const out = join(dir, 'all');
    const result = await runVigil(['export', '--db', dbFile, '--what', 'all', '--out', out], { timeoutMs: 120_000 });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const manifest = JSON.parse(result.stdout) as { tables: Record<string, { file: string; rows: number }>; auditChain: { ok: boolean; entries: number } };
    expect(JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'))).toEqual(manifest);
    const db = new Database(dbFile, { readonly: true });
    try {
      expect(Object.keys(manifest.tables)).toEqual(['series', 'observations', 'patients', 'episodes', 'episode_entries', 'lab_results', 'grading_results', 'grade_confirmations', 'flags', 'staff', 'audit_log']);
      for (const [table, { file, rows }] of Object.entries(manifest.tables)) {
        expect(rows, table).toBe(count(db, table));
        expect(ndjson(join(out, file)), table).toHaveLength(rows);
      }
      expect(manifest.tables.observations!.rows).toBeGreaterThan(1000);
      expect(manifest.auditChain).toEqual({ ok: true, entries: count(db, 'audit_log') });
    } finally {
      db.close();
    }
    expect(readFileSync(join(out, 'staff.ndjson'), 'utf8')).not.toMatch(/pin_hash|pin_salt/);

    // The exported audit trail in a fresh Vigil database: its hash chain holds.
    const fresh = openDatabase(join(dir, 'audit-copy.db'));
    // Only the audit trail is loaded: its staff references point at rows this copy does not hold.
    fresh.pragma('foreign_keys = OFF');
    try {
      const columns = columnsOf('audit_log');
      const insert = fresh.prepare(`INSERT INTO audit_log (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`);
      for (const row of ndjson(join(out, 'audit_log.ndjson'))) insert.run(row);
      expect(verifyAuditChain(fresh)).toEqual({ ok: true, entries: manifest.auditChain.entries });
    } finally {
      fresh.close();
    }
  }, 150_000);

  it('writes CSV with a header per table, and keeps the observations export as it was', async () => {
    const out = join(dir, 'csv');
    expect((await runVigil(['export', '--db', dbFile, '--what', 'episode', '--format', 'csv', '--out', out])).code).toBe(0);
    const labs = readFileSync(join(out, 'lab_results.csv'), 'utf8').trim().split('\n');
    expect(labs[0]).toBe(columnsOf('lab_results').join(','));
    const db = new Database(dbFile, { readonly: true });
    expect(labs).toHaveLength(count(db, 'lab_results') + 1);
    const hrRows = db.prepare("SELECT count(*) FROM observations o JOIN series s ON s.id = o.series_id WHERE s.param = 'hr'").pluck().get() as number;
    db.close();
    const observations = await runVigil(['export', '--db', dbFile, '--params', 'hr']);
    const lines = observations.stdout.trim().split('\n').map((l) => JSON.parse(l) as { param: string; unit: string; time: string });
    expect(lines).toHaveLength(hrRows);
    expect(lines[0]).toMatchObject({ param: 'hr', unit: '/min', time: expect.stringMatching(/Z$/) });
  }, 60_000);

  it('--deidentify: no name, MRN or birth date anywhere, and each patient\'s times moved by the same whole days', async () => {
    const out = join(dir, 'deid');
    const result = await runVigil(['export', '--db', dbFile, '--what', 'episode', '--deidentify', '--out', out]);
    expect(result.code).toBe(0);
    const db = new Database(dbFile, { readonly: true });
    const patient = db.prepare('SELECT mrn, name, birth_date FROM patients').get() as { mrn: string; name: string; birth_date: string };
    const episode = db.prepare('SELECT admitted_ms, infusion_ms FROM episodes').get() as { admitted_ms: number; infusion_ms: number };
    db.close();
    for (const file of readdirSync(out)) {
      const text = readFileSync(join(out, file), 'utf8');
      for (const secret of [patient.mrn, patient.name, patient.birth_date]) expect(text, `${file} holds ${secret}`).not.toContain(secret);
    }
    const [exported] = ndjson(join(out, 'episodes.ndjson')) as { admitted_ms: number; infusion_ms: number }[];
    const shift = exported!.admitted_ms - episode.admitted_ms;
    expect(Math.abs(shift % DAY_MS)).toBe(0);
    expect(shift).toBeLessThanOrEqual(-30 * DAY_MS);
    expect(exported!.infusion_ms - exported!.admitted_ms).toBe(episode.infusion_ms - episode.admitted_ms);
    expect(ndjson(join(out, 'patients.ndjson'))).toEqual([expect.objectContaining({ mrn: 'P1', name: null, birth_date: null })]);
  }, 60_000);

  it('bad input gets one line and exit 2', async () => {
    expect(await runVigil(['export', '--db', dbFile, '--what', 'everything'])).toMatchObject({ code: 2, stderr: expect.stringMatching(/--what must be observations, episode, audit, all/) });
    expect(await runVigil(['export', '--db', dbFile, '--what', 'all'])).toMatchObject({ code: 2, stderr: expect.stringMatching(/give --out DIR/) });
    expect(await runVigil(['export', '--db', dbFile, '--what', 'audit', '--deidentify', '--out', join(dir, 'x')])).toMatchObject({ code: 2, stderr: expect.stringMatching(/cannot be de-identified/) });
    expect(await runVigil(['export', '--db', dbFile, '--what', 'episode', '--out', join(dir, 'csv'), '--format', 'csv'])).toMatchObject({ code: 2, stderr: expect.stringMatching(/exists already/) });
  }, 60_000);
});
