// Opens an existing Vigil database for a command that only reads it (no migration, no lock on the station's writes).
import { openDatabase, type StationDb } from '../db/open';
import { schemaVersion } from '../db/migrations';
import { migration0008 } from '../db/migrations/0008-tamper-evidence';
import { CliError } from './errors';
import { requireExistingFile } from './args';
import { errorMessage } from '../../../shared/errors';

/** The database at `file` (--db), read-only, with an audit chain to verify; every problem is a one-line CliError. */
export function openChainedDatabase(file: string | undefined, flag = '--db'): StationDb {
  const path = requireExistingFile(file, flag);
  let db: StationDb | undefined;
  try {
    db = openDatabase(path, { readonly: true });
    const version = schemaVersion(db); // reads the header: a file that is not a database fails here
    if (version === 0) throw new Error('no Vigil schema in it');
    if (version < migration0008.version) throw new Error(`written by an older Vigil (schema ${version}, no audit chain yet): start this version's station on it once to upgrade it`);
    return db;
  } catch (error) {
    db?.close();
    throw new CliError(`cannot open ${path} as a Vigil database: ${errorMessage(error)}`);
  }
}
