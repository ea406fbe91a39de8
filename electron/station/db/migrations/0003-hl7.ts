// 0003: HL7 feeds: the raw archive of every received message with its outcome, lab results, and every HL7 vital
// with whether it was the active source (serial is primary; HL7 vitals are kept but marked while serial is live).
// Uses only tables of 0001, so it runs with or without 0002.
import type { Migration } from './types';

export const migration0003: Migration = {
  version: 3,
  name: 'hl7',
  up(db) {
    db.exec(`
      CREATE TABLE hl7_messages (
        id INTEGER PRIMARY KEY,
        received_ms INTEGER NOT NULL,
        listener TEXT NOT NULL,
        peer TEXT NOT NULL,
        -- The exact bytes between VT and FS (at most the first KiB of a dropped oversize frame).
        raw BLOB NOT NULL,
        charset TEXT,
        charset_note TEXT,
        sender TEXT,
        control_id TEXT,
        message_type TEXT,
        kind TEXT,
        patient_id TEXT,
        outcome TEXT NOT NULL CHECK (outcome IN ('pending', 'accepted', 'ignored', 'duplicate', 'rejected', 'error')),
        reason TEXT,
        acks TEXT,
        vitals_stored INTEGER NOT NULL DEFAULT 0,
        labs_stored INTEGER NOT NULL DEFAULT 0,
        duplicate_of INTEGER REFERENCES hl7_messages(id)
      );
      CREATE INDEX hl7_messages_newest ON hl7_messages(received_ms DESC, id DESC);
      -- One accepted message per sender and MSH-10: a resend is acknowledged and never stored twice.
      CREATE UNIQUE INDEX hl7_messages_once ON hl7_messages(sender, control_id) WHERE outcome = 'accepted';
      CREATE TABLE lab_results (
        id INTEGER PRIMARY KEY,
        patient_id INTEGER NOT NULL REFERENCES patients(id),
        episode_id INTEGER REFERENCES episodes(id),
        mrn TEXT NOT NULL,
        code TEXT NOT NULL,
        loinc TEXT,
        name TEXT NOT NULL,
        value REAL,
        value_text TEXT NOT NULL,
        comparator TEXT,
        unit TEXT NOT NULL,
        canonical_value REAL,
        canonical_unit TEXT NOT NULL,
        ref_range TEXT,
        ref_low REAL,
        ref_high REAL,
        abnormal_flag TEXT,
        observed_ms INTEGER NOT NULL,
        received_ms INTEGER NOT NULL,
        message_id INTEGER NOT NULL REFERENCES hl7_messages(id),
        order_id TEXT,
        sent_code TEXT NOT NULL,
        sent_system TEXT,
        status TEXT NOT NULL CHECK (status IN ('final', 'entered', 'preliminary', 'corrected', 'superseded', 'deleted', 'wrong'))
      );
      CREATE INDEX lab_results_by_time ON lab_results(patient_id, observed_ms);
      CREATE INDEX lab_results_by_order ON lab_results(patient_id, order_id, code);
      CREATE TABLE hl7_vitals (
        id INTEGER PRIMARY KEY,
        message_id INTEGER NOT NULL REFERENCES hl7_messages(id),
        set_id INTEGER,
        sub_id TEXT,
        mdc_code INTEGER,
        param TEXT NOT NULL,
        value REAL,
        unit TEXT NOT NULL,
        sent_unit TEXT,
        t_ms INTEGER NOT NULL,
        status TEXT NOT NULL,
        device TEXT NOT NULL,
        site TEXT,
        -- 1: HL7 was the active source and the value went to the chart; 0: serial was live, kept but not charted.
        active INTEGER NOT NULL CHECK (active IN (0, 1))
      );
      CREATE INDEX hl7_vitals_by_time ON hl7_vitals(param, t_ms);
      CREATE INDEX hl7_vitals_by_message ON hl7_vitals(message_id);
    `);
  },
};
