// Test helpers for the HL7 station side: a station on a temp database, an admitted patient written straight into
// the patients/episodes tables (schema of migration 0001), and a direct way to feed frames without a socket.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Station } from '../station';
import type { StationDb } from '../db/open';
import type { PeerInfo } from '../../../drivers/hl7/transport';
import type { Hl7ListenConfig } from './station';

export const TEST_PEER: PeerInfo = { address: '127.0.0.1', port: 40000, label: '127.0.0.1:40000' };

/** Admits a patient (creating it if needed) by writing the rows directly; returns the ids. */
export function admitPatient(db: StationDb, mrn = 'MRN-0042', name = 'Ada Lovelace', admittedAt = 1_000): { patientId: number; episodeId: number } {
  db.prepare('INSERT INTO patients (mrn, name, created_ms) VALUES (?, ?, ?) ON CONFLICT(mrn) DO NOTHING').run(mrn, name, admittedAt);
  const patientId = db.prepare('SELECT id FROM patients WHERE mrn = ?').pluck().get(mrn) as number;
  const episodeId = Number(db.prepare('INSERT INTO episodes (patient_id, admitted_ms) VALUES (?, ?)').run(patientId, admittedAt).lastInsertRowid);
  return { patientId, episodeId };
}

export function dischargeAll(db: StationDb, at = 2_000): void {
  db.prepare('UPDATE episodes SET discharged_ms = ? WHERE discharged_ms IS NULL').run(at);
}

export interface Hl7TestStation {
  readonly station: Station;
  readonly dbFile: string;
  /** Feeds one message (text or bytes) to a feed's processing and returns the ACK texts. */
  feed(message: string | Uint8Array): string[];
  /** The clock the station sees; tests move it. */
  clock: { now: number };
  close(): Promise<void>;
}

export function createHl7TestStation(config: Hl7ListenConfig = {}, start = Date.UTC(2026, 10, 26, 8, 0), existingDb?: string): Hl7TestStation {
  const dbFile = existingDb ?? join(mkdtempSync(join(tmpdir(), 'vigil-hl7-')), 'station.db');
  const clock = { now: start };
  const station = new Station({ dbFile, stationName: 'BED-7', now: () => clock.now, log: () => {} });
  const service = station.hl7.createService(config, '127.0.0.1:2575');
  return {
    station,
    dbFile,
    clock,
    feed(message) {
      const bytes = typeof message === 'string' ? new TextEncoder().encode(message) : message;
      return service.handleFrame(bytes, TEST_PEER).map((b) => new TextDecoder().decode(b));
    },
    close: () => station.stop(),
  };
}

/** MSA and ERR of an ACK text, split into fields. */
export function ackParts(ack: string): { msa: string[]; err: string[] | null; msh: string[] } {
  const segs = ack.split('\r').filter(Boolean).map((s) => s.split('|'));
  return { msh: segs.find((s) => s[0] === 'MSH')!, msa: segs.find((s) => s[0] === 'MSA')!, err: segs.find((s) => s[0] === 'ERR') ?? null };
}
