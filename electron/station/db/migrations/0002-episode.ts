// 0002: staff with PINs, the episode record as superseding entries, site products, and the append-only audit log.
import type { Migration } from './types';

export const migration0002: Migration = {
  version: 2,
  name: 'episode',
  up(db) {
    db.exec(`
      CREATE TABLE staff (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE,
        role TEXT NOT NULL CHECK (role IN ('nurse', 'physician', 'admin')),
        pin_hash TEXT NOT NULL,
        pin_salt TEXT NOT NULL,
        active INTEGER NOT NULL DEFAULT 1,
        created_ms INTEGER NOT NULL
      );
      ALTER TABLE episodes ADD COLUMN admission_json TEXT NOT NULL DEFAULT '{}';
      ALTER TABLE episodes ADD COLUMN discharge_reason TEXT;
      CREATE UNIQUE INDEX one_open_episode ON episodes((discharged_ms IS NULL)) WHERE discharged_ms IS NULL;
      CREATE TABLE products (
        code TEXT PRIMARY KEY,
        definition_json TEXT NOT NULL,
        created_by INTEGER REFERENCES staff(id),
        created_ms INTEGER NOT NULL
      );
      -- Every clinical entry; a correction is a new row that supersedes the old one, never an edit.
      CREATE TABLE episode_entries (
        id INTEGER PRIMARY KEY,
        episode_id INTEGER NOT NULL REFERENCES episodes(id),
        kind TEXT NOT NULL,
        data_json TEXT NOT NULL,
        effective_ms INTEGER NOT NULL,
        recorded_by INTEGER NOT NULL REFERENCES staff(id),
        recorded_ms INTEGER NOT NULL,
        supersedes INTEGER REFERENCES episode_entries(id),
        superseded_by INTEGER REFERENCES episode_entries(id),
        reason TEXT
      );
      CREATE INDEX episode_entries_current ON episode_entries(episode_id, kind, effective_ms) WHERE superseded_by IS NULL;
      CREATE TRIGGER episode_entries_immutable BEFORE UPDATE ON episode_entries
        WHEN OLD.superseded_by IS NOT NULL OR NEW.data_json IS NOT OLD.data_json OR NEW.kind IS NOT OLD.kind
          OR NEW.effective_ms IS NOT OLD.effective_ms OR NEW.recorded_by IS NOT OLD.recorded_by OR NEW.episode_id IS NOT OLD.episode_id
        BEGIN SELECT RAISE(ABORT, 'episode entries are corrected by superseding, never edited'); END;
      CREATE TRIGGER episode_entries_kept BEFORE DELETE ON episode_entries
        BEGIN SELECT RAISE(ABORT, 'episode entries are never deleted'); END;
      CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY,
        t_ms INTEGER NOT NULL,
        staff_id INTEGER REFERENCES staff(id),
        action TEXT NOT NULL,
        entity TEXT NOT NULL,
        entity_id INTEGER,
        before_json TEXT,
        after_json TEXT,
        reason TEXT
      );
      CREATE INDEX audit_by_entity ON audit_log(entity, entity_id, t_ms);
      CREATE TRIGGER audit_log_append_only_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
      CREATE TRIGGER audit_log_append_only_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
    `);
  },
};
