// Opens (and migrates) the station's SQLite file.
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { migrate } from './migrations';

export type StationDb = Database.Database;

export interface OpenOptions {
  /** Path of a better-sqlite3 .node build for this runtime (the Electron build lives apart from Node's). */
  readonly nativeBinding?: string;
  readonly readonly?: boolean;
}

export function openDatabase(file: string, options: OpenOptions = {}): StationDb {
  if (!options.readonly) mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file, {
    readonly: options.readonly ?? false,
    fileMustExist: options.readonly ?? false,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  });
  try {
    if (!options.readonly) {
      db.pragma('journal_mode = WAL');
      // FULL fsyncs the WAL at every commit: what the station acknowledges (HL7 ACK, "saved") survives a power cut.
      db.pragma('synchronous = FULL');
      db.pragma('foreign_keys = ON');
      migrate(db);
    }
    db.pragma('busy_timeout = 5000');
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}
