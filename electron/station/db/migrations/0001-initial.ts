// 0001: patients, episodes, devices and their connection events, and the compact observation store.
import type { Migration } from './types';

export const migration0001: Migration = {
  version: 1,
  name: 'initial',
  up(db) {
    db.exec(`
      CREATE TABLE patients (
        id INTEGER PRIMARY KEY,
        mrn TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        birth_date TEXT,
        sex TEXT,
        created_ms INTEGER NOT NULL
      );
      CREATE TABLE episodes (
        id INTEGER PRIMARY KEY,
        patient_id INTEGER NOT NULL REFERENCES patients(id),
        admitted_ms INTEGER NOT NULL,
        discharged_ms INTEGER,
        product TEXT,
        infusion_ms INTEGER,
        is_demo INTEGER NOT NULL DEFAULT 0
      );
      CREATE INDEX episodes_open ON episodes(discharged_ms);
      CREATE TABLE devices (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        protocol TEXT NOT NULL,
        port TEXT NOT NULL,
        settings_json TEXT NOT NULL DEFAULT '{}',
        created_ms INTEGER NOT NULL
      );
      CREATE TABLE device_events (
        id INTEGER PRIMARY KEY,
        device_id INTEGER NOT NULL REFERENCES devices(id),
        t_ms INTEGER NOT NULL,
        state TEXT NOT NULL,
        reason TEXT
      );
      CREATE INDEX device_events_by_time ON device_events(device_id, t_ms);
      -- One row per param x unit x source x device x site, so an observation row stays small.
      CREATE TABLE series (
        id INTEGER PRIMARY KEY,
        param TEXT NOT NULL,
        unit TEXT NOT NULL,
        source TEXT NOT NULL,
        device TEXT NOT NULL,
        site TEXT NOT NULL DEFAULT '',
        UNIQUE (param, unit, source, device, site)
      );
      -- The hot table: a trend query is one range scan of the primary key.
      CREATE TABLE observations (
        series_id INTEGER NOT NULL REFERENCES series(id),
        t_ms INTEGER NOT NULL,
        value REAL,
        status INTEGER NOT NULL,
        device_offset_ms INTEGER,
        PRIMARY KEY (series_id, t_ms)
      ) WITHOUT ROWID;
    `);
  },
};
