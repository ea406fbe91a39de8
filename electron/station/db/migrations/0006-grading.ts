// 0006: suggested grades (a row each time they change), flags with their evidence and acknowledgement,
// and physicians' confirmations. Suggested and confirmed grades are both kept.
import type { Migration } from './types';

export const migration0006: Migration = {
  version: 6,
  name: 'grading',
  up(db) {
    db.exec(`
      CREATE TABLE grading_results (
        id INTEGER PRIMARY KEY,
        episode_id INTEGER NOT NULL REFERENCES episodes(id),
        t_ms INTEGER NOT NULL,
        rule_set_version TEXT NOT NULL,
        config_json TEXT NOT NULL,
        crs_current INTEGER NOT NULL,
        crs_max INTEGER NOT NULL,
        icans_current TEXT NOT NULL,
        icans_max TEXT NOT NULL,
        result_json TEXT NOT NULL
      );
      CREATE INDEX grading_results_by_time ON grading_results(episode_id, t_ms);
      CREATE TABLE flags (
        id INTEGER PRIMARY KEY,
        episode_id INTEGER NOT NULL REFERENCES episodes(id),
        code TEXT NOT NULL,
        raised_ms INTEGER NOT NULL,
        last_seen_ms INTEGER NOT NULL,
        cleared_ms INTEGER,
        rule_set_version TEXT NOT NULL,
        explanation TEXT NOT NULL,
        evidence_json TEXT NOT NULL,
        acknowledged_by INTEGER REFERENCES staff(id),
        acknowledged_ms INTEGER,
        ack_note TEXT
      );
      CREATE INDEX flags_open ON flags(episode_id, code) WHERE cleared_ms IS NULL;
      CREATE TABLE grade_confirmations (
        id INTEGER PRIMARY KEY,
        episode_id INTEGER NOT NULL REFERENCES episodes(id),
        t_ms INTEGER NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('crs', 'icans')),
        suggested TEXT NOT NULL,
        confirmed TEXT NOT NULL,
        reason TEXT,
        physician_id INTEGER NOT NULL REFERENCES staff(id),
        grading_result_id INTEGER REFERENCES grading_results(id)
      );
      CREATE TRIGGER grade_confirmations_kept BEFORE DELETE ON grade_confirmations BEGIN SELECT RAISE(ABORT, 'confirmations are never deleted'); END;
    `);
  },
};
