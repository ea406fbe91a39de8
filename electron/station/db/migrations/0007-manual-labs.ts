// 0007: lab results entered by hand at the bedside (results that do not arrive by HL7): a result comes either
// from a message or from a signed-in person. SQLite cannot relax NOT NULL in place, so the table is rebuilt.
import type { Migration } from './types';

export const migration0007: Migration = {
  version: 7,
  name: 'manual-labs',
  up(db) {
    const columns = (db.prepare("SELECT sql FROM sqlite_master WHERE name = 'lab_results'").pluck().get() as string)
      .replace('message_id INTEGER NOT NULL REFERENCES hl7_messages(id)', 'message_id INTEGER REFERENCES hl7_messages(id)')
      .replace(/^CREATE TABLE lab_results/, 'CREATE TABLE lab_results_new');
    db.exec(`
      ${columns};
      ALTER TABLE lab_results_new ADD COLUMN entered_by INTEGER REFERENCES staff(id);
      INSERT INTO lab_results_new SELECT *, NULL FROM lab_results;
      DROP TABLE lab_results;
      ALTER TABLE lab_results_new RENAME TO lab_results;
      CREATE INDEX lab_results_by_time ON lab_results(patient_id, observed_ms);
      CREATE INDEX lab_results_by_order ON lab_results(patient_id, order_id, code);
    `);
  },
};
