// 0011: who entered each hand-entered vital sign, and corrections within the same minute. A correction supersedes the
// earlier entry (kept, with when and by whom) and replaces the reading's value, so every reader (latest, trends,
// rollups, grading, report) sees the corrected one; the observation may change only to its current entry's value.
import type { Migration } from './types';

export const migration0011: Migration = {
  version: 11,
  name: 'manual-entries',
  up(db) {
    db.exec(`
      CREATE TABLE manual_entries (
        id INTEGER PRIMARY KEY,
        series_id INTEGER NOT NULL REFERENCES series(id),
        t_ms INTEGER NOT NULL,
        value REAL NOT NULL,
        entered_value REAL NOT NULL,
        entered_unit TEXT NOT NULL,
        -- NULL for a reading stored before this migration (its device names who entered it).
        staff_id INTEGER REFERENCES staff(id),
        entered_ms INTEGER,
        implausible_confirmed INTEGER NOT NULL DEFAULT 0,
        superseded_ms INTEGER,
        superseded_by INTEGER REFERENCES staff(id)
      );
      CREATE UNIQUE INDEX manual_entries_current ON manual_entries(series_id, t_ms) WHERE superseded_ms IS NULL;
      CREATE INDEX manual_entries_by_reading ON manual_entries(series_id, t_ms);
      CREATE TRIGGER manual_entries_kept BEFORE DELETE ON manual_entries BEGIN SELECT RAISE(ABORT, 'manual entries are never deleted'); END;
      CREATE TRIGGER manual_entries_immutable BEFORE UPDATE ON manual_entries
        WHEN OLD.superseded_ms IS NOT NULL OR NEW.superseded_ms IS NULL
          OR NEW.id IS NOT OLD.id OR NEW.series_id IS NOT OLD.series_id OR NEW.t_ms IS NOT OLD.t_ms OR NEW.value IS NOT OLD.value
          OR NEW.entered_value IS NOT OLD.entered_value OR NEW.entered_unit IS NOT OLD.entered_unit OR NEW.staff_id IS NOT OLD.staff_id
          OR NEW.entered_ms IS NOT OLD.entered_ms OR NEW.implausible_confirmed IS NOT OLD.implausible_confirmed
        BEGIN SELECT RAISE(ABORT, 'manual entries are never changed, only superseded once'); END;

      DROP TRIGGER observations_immutable;
      CREATE TRIGGER observations_immutable BEFORE UPDATE ON observations
        WHEN NEW.series_id IS NOT OLD.series_id OR NEW.t_ms IS NOT OLD.t_ms OR NEW.status IS NOT OLD.status
          OR NEW.device_offset_ms IS NOT OLD.device_offset_ms
          OR NOT EXISTS (SELECT 1 FROM manual_entries m WHERE m.series_id = OLD.series_id AND m.t_ms = OLD.t_ms AND m.superseded_ms IS NULL AND m.value = NEW.value)
        BEGIN SELECT RAISE(ABORT, 'observations are never changed (a hand-entered reading is corrected only through a new entry)'); END;
    `);
  },
};
