// vigil restore --from FILE --db FILE: a verified backup in place of a stopped station's database.
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { restoreDatabase } from '../backup/restore';
import { BackupError } from '../backup/verify';
import { CliError, type CliIo } from './errors';
import { parse, requireExistingFile } from './args';
import { openChainedDatabase } from './database';

export async function restoreCommand(argv: string[], io: CliIo): Promise<number> {
  const { values } = parse(argv, { from: { type: 'string' }, db: { type: 'string' }, 'allow-broken-audit-chain': { type: 'boolean' } });
  const from = requireExistingFile(values.from, '--from');
  if (!values.db) throw new CliError('--db is required (the database file the station opens)');
  if (!existsSync(dirname(values.db))) throw new CliError(`the folder of --db does not exist: ${dirname(values.db)}`);
  if (resolve(from) === resolve(values.db)) throw new CliError('--from and --db are the same file');
  openChainedDatabase(from, '--from').close(); // a file that is not a Vigil backup at all is bad input, not a failed check
  try {
    // {"db", "from", "bytes", "auditEntries", "previous"}: previous is where the replaced database was kept (or null).
    const result = await restoreDatabase({ from, db: values.db, now: Date.now(), allowBrokenAuditChain: values['allow-broken-audit-chain'] ?? false });
    io.out(JSON.stringify(result));
    return 0;
  } catch (error) {
    if (!(error instanceof BackupError)) throw error;
    io.err(`vigil restore: ${error.message}`);
    return 1;
  }
}
