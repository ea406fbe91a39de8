// 0009: the PIN lock-out of each account lives in the database, so restarting the station does not clear it.
import type { Migration } from './types';

export const migration0009: Migration = {
  version: 9,
  name: 'sign-in-lockouts',
  up(db) {
    db.exec(`
      CREATE TABLE sign_in_lockouts (
        name_key TEXT PRIMARY KEY,
        failures INTEGER NOT NULL,
        lockouts INTEGER NOT NULL,
        locked_until_ms INTEGER NOT NULL
      ) STRICT;
    `);
  },
};
