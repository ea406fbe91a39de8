// The station's HL7 processing on a real database: ACK per case, only after commit, patient matching, duplicates,
// the archive, and that no bytes make it throw.
import { afterEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import Database from 'better-sqlite3';
import { hl7, pcd01 } from '../../../drivers/hl7/test-support';
import { ackParts, admitPatient, createHl7TestStation, dischargeAll, type Hl7TestStation } from './test-support';

const MRN = 'MRN-0042';
let t: Hl7TestStation;
afterEach(async () => {
  await t?.close();
});

const count = (sql: string) => t.station.db.prepare(sql).pluck().get() as number;
const lastArchived = () => t.station.hl7.archive.list({ limit: 1 })[0]!;
const enhanced = (text: string, accept: string, app: string) => text.replace('|P|2.6||||||', `|P|2.6|||${accept}|${app}||`);

describe('acknowledgement after commit', () => {
  it('stores vitals of the admitted patient through ingest() and only then answers AA', () => {
    t = createHl7TestStation();
    admitPatient(t.station.db, MRN);
    const [ack, ...more] = t.feed(pcd01('C-1', MRN));
    expect(more).toEqual([]);
    expect(ackParts(ack!).msa.slice(0, 3)).toEqual(['MSA', 'AA', 'C-1']);
    expect(ackParts(ack!).msa[3]).toMatch(/stored 1 vitals/);
    const [hr] = [...t.station.observations.export({ params: ['hr'] })];
    expect(hr).toMatchObject({ value: 72, source: 'hl7', unit: '/min', device: 'TEST_MON/0012AB0000C0FFEE', time: Date.UTC(2026, 0, 1, 12) });
    expect(lastArchived()).toMatchObject({ outcome: 'accepted', controlId: 'C-1', kind: 'vitals', vitalsStored: 1, acks: 'AA', peer: '127.0.0.1:40000' });
  });

  it('answers a commit that fails with AE and an ERR, keeps nothing but the archived message', () => {
    t = createHl7TestStation();
    admitPatient(t.station.db, MRN);
    t.station.db.exec("CREATE TRIGGER full_disk BEFORE INSERT ON hl7_vitals BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END");
    const { msa, err } = ackParts(t.feed(pcd01('C-2', MRN))[0]!);
    expect(msa.slice(0, 3)).toEqual(['MSA', 'AE', 'C-2']);
    expect(err![3]).toBe('207^Application internal error^HL70357');
    expect(err![8]).toMatch(/disk is full.*resend/);
    expect(t.station.observations.count()).toBe(0);
    expect(lastArchived()).toMatchObject({ outcome: 'error', vitalsStored: 0, acks: 'AE' });
    t.station.db.exec('DROP TRIGGER full_disk');
    expect(ackParts(t.feed(pcd01('C-2', MRN))[0]!).msa[1]).toBe('AA');
    expect(t.station.observations.count()).toBe(1);
  });

  it('answers AE when the observation store itself refuses the batch (ingest() returned false)', () => {
    t = createHl7TestStation();
    admitPatient(t.station.db, MRN);
    t.station.db.exec("CREATE TRIGGER broken BEFORE INSERT ON observations BEGIN SELECT RAISE(ABORT, 'I/O error'); END");
    expect(ackParts(t.feed(pcd01('C-3', MRN))[0]!).msa[1]).toBe('AE');
    expect(count('SELECT count(*) FROM hl7_vitals')).toBe(0);
  });

  it('follows MSH-15/16: AL/NE gives CA, AL/AL gives CA then AA, NE/NE gives nothing; CE on refusal', () => {
    t = createHl7TestStation();
    admitPatient(t.station.db, MRN);
    expect(t.feed(enhanced(pcd01('E-1', MRN), 'AL', 'NE')).map((a) => ackParts(a).msa[1])).toEqual(['CA']);
    expect(t.feed(enhanced(pcd01('E-2', MRN), 'AL', 'AL')).map((a) => ackParts(a).msa[1])).toEqual(['CA', 'AA']);
    expect(t.feed(enhanced(pcd01('E-3', MRN), 'NE', 'NE'))).toEqual([]);
    expect(t.feed(enhanced(pcd01('E-4', 'SOMEONE'), 'AL', 'NE')).map((a) => ackParts(a).msa[1])).toEqual(['CE']);
    expect(lastArchived()).toMatchObject({ outcome: 'rejected', acks: 'CE' });
  });

  it('a listener in original mode answers AA even when MSH says AL/NE', () => {
    t = createHl7TestStation({ ackMode: 'original' });
    admitPatient(t.station.db, MRN);
    expect(t.feed(enhanced(pcd01('O-1', MRN), 'AL', 'NE')).map((a) => ackParts(a).msa[1])).toEqual(['AA']);
  });
});

describe('patient matching', () => {
  it('refuses another patient with AE and a reason, stores nothing, archives it', () => {
    t = createHl7TestStation();
    admitPatient(t.station.db, MRN);
    const { msa, err } = ackParts(t.feed(pcd01('W-1', 'MRN-9999'))[0]!);
    expect(msa[1]).toBe('AE');
    expect(msa[3]).toMatch(/PID-3 MRN-9999 is not the patient admitted at this station/);
    expect(err!.slice(2, 5)).toEqual(['PID^1^3', '204^Unknown key identifier^HL70357', 'E']);
    expect(t.station.observations.count()).toBe(0);
    expect(lastArchived()).toMatchObject({ outcome: 'rejected', patientId: 'MRN-9999', reason: expect.stringMatching(/not the patient/) });
  });

  it('refuses everything when nobody is admitted, and vitals without PID-3', () => {
    t = createHl7TestStation();
    expect(ackParts(t.feed(pcd01('N-1', MRN))[0]!).msa[3]).toMatch(/no patient is admitted/);
    admitPatient(t.station.db, MRN);
    dischargeAll(t.station.db);
    expect(ackParts(t.feed(pcd01('N-2', MRN))[0]!).msa[3]).toMatch(/no patient is admitted/);
    admitPatient(t.station.db, MRN, 'Ada Lovelace', 3_000);
    const { msa, err } = ackParts(t.feed(pcd01('N-3', null))[0]!);
    expect(msa[1]).toBe('AE');
    expect(msa[3]).toMatch(/vitals without a patient identifier \(the message has no PID segment\)/);
    expect(err![3]).toMatch(/^101\^/);
    expect(t.station.observations.count()).toBe(0);
  });

  it('matches any PID-3 repetition, ignoring padding', () => {
    t = createHl7TestStation();
    admitPatient(t.station.db, MRN);
    const text = pcd01('R-1', 'X1').replace('PID|||X1^^^HOSP^MR', `PID|||X1^^^HOSP^PI~ ${MRN} ^^^HOSP^MR`);
    expect(ackParts(t.feed(text)[0]!).msa[1]).toBe('AA');
  });
});

describe('duplicates', () => {
  it('acknowledges a resend of an accepted MSH-10 from the same sender and does not store it twice', () => {
    t = createHl7TestStation();
    admitPatient(t.station.db, MRN);
    t.feed(pcd01('D-1', MRN));
    const first = lastArchived();
    const { msa } = ackParts(t.feed(pcd01('D-1', MRN))[0]!);
    expect(msa.slice(0, 2)).toEqual(['MSA', 'AA']);
    expect(msa[3]).toMatch(new RegExp(`duplicate of message #${first.id}`));
    expect(count('SELECT count(*) FROM hl7_vitals')).toBe(1);
    expect(lastArchived()).toMatchObject({ outcome: 'duplicate', duplicateOf: first.id });
    const other = pcd01('D-1', MRN).replace('TEST_GW^', 'OTHER_GW^').replace('72|', '75|');
    expect(ackParts(t.feed(other)[0]!).msa[3]).toMatch(/stored 1 vitals/);
  });

  it('processes a resend of a refused message again (only accepted ones count)', () => {
    t = createHl7TestStation();
    expect(ackParts(t.feed(pcd01('D-2', MRN))[0]!).msa[1]).toBe('AE');
    admitPatient(t.station.db, MRN);
    expect(ackParts(t.feed(pcd01('D-2', MRN))[0]!).msa[3]).toMatch(/stored 1 vitals/);
  });
});

describe('messages that are not for storing', () => {
  it('answers garbage with AR and an empty MSA-2, and archives the bytes', () => {
    t = createHl7TestStation();
    const { msa, err } = ackParts(t.feed('this is not HL7\r')[0]!);
    expect(msa).toEqual(['MSA', 'AR', '', 'not an HL7 v2 message: it does not start with an MSH segment']);
    expect(err![3]).toMatch(/^100\^/);
    const archived = t.station.hl7.archive.get(lastArchived().id)!;
    expect(archived).toMatchObject({ outcome: 'rejected', raw: 'this is not HL7\r', controlId: null });
  });

  it('rejects unsupported types and versions with AR; acknowledges an ORU^R40 alert without storing vitals', () => {
    t = createHl7TestStation();
    admitPatient(t.station.db, MRN);
    const adt = hl7('MSH|^~\\&|ADT|H|||20260101||ADT^A01^ADT_A01|A-1|P|2.5', `PID|||${MRN}`);
    expect(ackParts(t.feed(adt)[0]!).msa.slice(1, 4)).toEqual(['AR', 'A-1', 'message type ADT\\S\\A01 is not handled here (this station takes ORU\\S\\R01 results)']);
    expect(ackParts(t.feed(pcd01('V-1', MRN).replace('|2.6|', '|3.0|'))[0]!).err![3]).toMatch(/^203\^/);
    const alert = pcd01('AL-1', MRN).replace('ORU^R01^ORU_R01', 'ORU^R40^ORU_R40');
    expect(ackParts(t.feed(alert)[0]!).msa[1]).toBe('AA');
    expect(lastArchived()).toMatchObject({ outcome: 'ignored', kind: 'alert' });
    expect(t.station.observations.count()).toBe(0);
  });

  it('never throws whatever the bytes, and always leaves an archive row with a final outcome (fast-check)', () => {
    t = createHl7TestStation();
    admitPatient(t.station.db, MRN);
    const base = new TextEncoder().encode(pcd01('F-0', MRN));
    const mutation = fc.tuple(fc.nat({ max: base.length - 1 }), fc.integer({ min: 0, max: 255 }));
    let n = 0;
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 12 }), (mutations) => {
        const bytes = base.slice();
        for (const [at, b] of mutations) bytes[at] = b;
        for (const ack of t.feed(bytes)) expect(ack.startsWith('MSH')).toBe(true);
        n += 1;
      }),
      { numRuns: 250 },
    );
    expect(t.station.hl7.archive.count()).toBe(n);
    expect(t.station.hl7.archive.count('pending')).toBe(0);
  });
});

describe('a database file written by this station', () => {
  it('keeps the raw bytes exactly', () => {
    t = createHl7TestStation();
    const bytes = new TextEncoder().encode(pcd01('B-1', 'Ж'));
    t.feed(bytes);
    const db = new Database(t.dbFile, { readonly: true });
    expect(new Uint8Array(db.prepare('SELECT raw FROM hl7_messages').pluck().get() as Buffer)).toEqual(bytes);
    db.close();
  });
});
