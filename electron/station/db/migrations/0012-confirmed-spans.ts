// A physician's confirmation may cover a past CRS course or ICANS span (grades.confirm with a span): its start and
// end are kept beside the time it was made. Rows from before keep both empty: they cover the instant they were made.
import type { Migration } from './types';

export const migration0012: Migration = {
  version: 12,
  name: 'confirmed-spans',
  up(db) {
    db.exec(`
      ALTER TABLE grade_confirmations ADD COLUMN covers_from_ms INTEGER;
      ALTER TABLE grade_confirmations ADD COLUMN covers_to_ms INTEGER CHECK ((covers_to_ms IS NULL) = (covers_from_ms IS NULL) AND (covers_to_ms IS NULL OR covers_to_ms > covers_from_ms));
    `);
  },
};
