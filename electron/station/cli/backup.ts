// vigil backup --db FILE --out FILE: a verified, self-contained copy of a (running) station's database.
import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { backupDatabase } from '../backup/backup';
import { BackupError } from '../backup/verify';
import { CliError, type CliIo } from './errors';
import { parse } from './args';
import { openChainedDatabase } from './database';

export async function backupCommand(argv: string[], io: CliIo): Promise<number> {
  const { values } = parse(argv, { db: { type: 'string' }, out: { type: 'string' } });
  if (!values.out) throw new CliError('--out is required');
  if (existsSync(values.out)) throw new CliError(`--out ${values.out} already exists: a backup never overwrites a file`);
  if (!existsSync(dirname(values.out))) throw new CliError(`the folder of --out does not exist: ${dirname(values.out)}`);
  const db = openChainedDatabase(values.db);
  try {
    // The station writes through its own connection: this one copies in a single step (see backupDatabase).
    const r = await backupDatabase(db, values.out, { otherWriters: true });
    const line = { out: r.out, bytes: r.bytes, integrity: r.integrity, auditEntries: r.auditEntries };
    if (r.auditChain.ok) {
      io.out(JSON.stringify(line));
      return 0;
    }
    io.out(JSON.stringify({ ...line, auditChain: r.auditChain }));
    io.err(`vigil backup: copy written, but the audit chain it holds is broken at entry ${r.auditChain.firstBrokenEntry} (${r.auditChain.reason}): see vigil audit verify`);
    return 1;
  } catch (error) {
    if (!(error instanceof BackupError)) throw error;
    io.err(`vigil backup: ${error.message}`);
    return 1;
  } finally {
    db.close();
  }
}
