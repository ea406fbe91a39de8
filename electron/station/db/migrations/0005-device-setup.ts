// 0005: devices set up from the window persist: whether each is connected, and removal that keeps its history.
import type { Migration } from './types';

export const migration0005: Migration = {
  version: 5,
  name: 'device-setup',
  up(db) {
    db.exec(`
      ALTER TABLE devices ADD COLUMN enabled INTEGER NOT NULL DEFAULT 1;
      ALTER TABLE devices ADD COLUMN removed_ms INTEGER;
    `);
  },
};
