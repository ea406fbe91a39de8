// The public samples sent over MLLP to a station with a patient admitted: ACK content per case, what is stored,
// wrong patient and duplicates, and AA only after commit (a failing commit gives AE and stores nothing).
import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Station } from '../../electron/station/station';
import { admitPatient, dischargeAll } from '../../electron/station/hl7/test-support';
import { MllpClient } from '../../drivers/hl7/transport';
import { hasSharedFixtures, sampleBytes } from '../../drivers/hl7/test-support';

let station: Station | null = null;
let port = 0;
afterEach(async () => {
  await station?.stop();
  station = null;
});

async function start(localLabCodes: { system?: string; code: string; test: string }[] = []): Promise<Station> {
  station = new Station({ dbFile: join(mkdtempSync(join(tmpdir(), 'vigil-hl7st-')), 'station.db'), log: () => {} });
  port = (await station.hl7.listen({ host: '127.0.0.1', port: 0, localLabCodes })).port;
  return station;
}

/** Sends one message and returns its ACKs' MSA and ERR fields (waits for `expected` ACKs). */
async function send(bytes: Uint8Array, expected = 1): Promise<{ msa: string[]; err: string[] | undefined }[]> {
  const c = await MllpClient.connect('127.0.0.1', port);
  try {
    await c.send(bytes);
    if (expected > 0) await c.waitForFrames(expected);
    else await new Promise((r) => setTimeout(r, 300));
    return c.frames.map((f) => {
      const segs = new TextDecoder().decode(f).split('\r').map((s) => s.split('|'));
      return { msa: segs.find((s) => s[0] === 'MSA')!, err: segs.find((s) => s[0] === 'ERR') };
    });
  } finally {
    await c.close();
  }
}

const lf2cr = (bytes: Uint8Array) => Uint8Array.from(bytes, (b) => (b === 0x0a ? 0x0d : b));
const withPid3 = (bytes: Uint8Array, from: string, to: string) => new TextEncoder().encode(new TextDecoder().decode(bytes).replace(from, to));

interface SampleCase {
  readonly name: string;
  readonly admit: string;
  readonly ack: string;
  readonly text: RegExp;
  readonly outcome: string;
  readonly vitals?: Record<string, number>;
}

const CASES: readonly SampleCase[] = [
  { name: 'nist-pcd01-acme-gateway-nibp-crlf', admit: 'HO2009001', ack: 'CA', text: /stored 4 vitals/, outcome: 'accepted', vitals: { nibp_sys: 120, nibp_dia: 80, nibp_mean: 93, pr: 63 } },
  { name: 'philips-pcd01-intellivue-mx500-pocd-ig', admit: '12345', ack: 'CA', text: /stored 1 vitals; 0 lab results; 3 observations not recognised/, outcome: 'accepted', vitals: { hr: 60 } },
  { name: 'mindray-egateway-style-pcd01-lf', admit: 'MRN-0042', ack: 'CE', text: /vitals without a patient identifier \(PID-3 is empty\)/, outcome: 'rejected' },
  { name: 'ge-mural-pcd04-oru-r40-alert-lf', admit: 'PID-12345', ack: 'CA', text: /alert.*not stored as vitals/, outcome: 'ignored' },
  { name: 'nist-elr-oru-r01-251-lead-loinc-cr', admit: '9817566735', ack: 'AA', text: /0 lab results; 1 observations not recognised/, outcome: 'accepted' },
  { name: 'mindray-bc-hematology-cbc-oru-v231-lf', admit: 'MRN-0042', ack: 'AE', text: /lab results without a patient identifier/, outcome: 'rejected' },
  { name: 'radiometer-abl735-bloodgas-oru-v22-cr', admit: 'MRN-0042', ack: 'AE', text: /without a patient identifier/, outcome: 'rejected' },
  { name: 'athena-lri-oru-r01-amylase-local-code-lf', admit: 'V001047', ack: 'CA', text: /stored 0 vitals; 0 lab results/, outcome: 'accepted' },
];

describe.skipIf(!hasSharedFixtures)('public samples over MLLP (../shared/fixtures/hl7)', () => {
  it.each(CASES)('$name → $ack', async (c) => {
    const s = await start();
    admitPatient(s.db, c.admit);
    const [reply, ...rest] = await send(sampleBytes(c.name));
    expect(rest).toEqual([]);
    expect(reply!.msa[1]).toBe(c.ack);
    expect(reply!.msa[3]).toMatch(c.text);
    // v2.5+ puts the code in ERR-3, older versions in ERR-1 (hl7.md 1.6).
    if (c.ack.endsWith('E')) expect(reply!.err!.join('|')).toMatch(/PID.1.3.*101.Required field missing.HL70357/);
    expect(s.hl7.archive.list({ limit: 1 })[0]).toMatchObject({ outcome: c.outcome, acks: c.ack });
    const stored = Object.fromEntries([...s.observations.export()].map((o) => [o.param, o.value]));
    expect(stored).toEqual(c.vitals ?? {});
  });

  it('stores the Mindray BC CBC (UTF-8 text, CR separators) once the analyser’s PID-3 carries the MRN', async () => {
    const s = await start();
    admitPatient(s.db, 'MRN-0042');
    const bytes = lf2cr(withPid3(sampleBytes('mindray-bc-hematology-cbc-oru-v231-lf'), 'PID|1||^^^^MR', 'PID|1||MRN-0042^^^^MR'));
    const [reply] = await send(bytes);
    expect(reply!.msa.slice(1, 4)).toEqual(['AA', '2', expect.stringMatching(/stored 0 vitals; 4 lab results; 20 observations not recognised/)]);
    expect(s.hl7.labsOfAdmitted({ from: 0, to: Date.now(), includeRetracted: false }).map((l) => [l.code, l.value, l.abnormalFlag])).toEqual([
      ['wbc', 5.3, 'N'],
      ['lymph', 2.5, 'N'],
      ['hgb', 10, 'L~N'],
      ['plt', 402, 'H~N'],
    ]);
    expect(s.hl7.archive.get(1)!.raw).toContain('Général');
  });

  it('maps the Radiometer blood gas through a feed’s local-code table', async () => {
    const s = await start([
      { system: 'M', code: 'pH', test: 'ph' },
      { system: 'M', code: 'pO2', test: 'pao2' },
      { system: 'M', code: 'pCO2', test: 'paco2' },
      { system: 'M', code: 'Lac', test: 'lactate' },
    ]);
    admitPatient(s.db, 'F872518654');
    const bytes = withPid3(sampleBytes('radiometer-abl735-bloodgas-oru-v22-cr'), 'PID|1|||F872518654', 'PID|1||F872518654|F872518654');
    const [reply] = await send(bytes);
    expect(reply!.msa[1]).toBe('AA');
    const labs = s.hl7.labsOfAdmitted({ from: 0, to: Date.now(), includeRetracted: false });
    expect(labs.map((l) => [l.code, l.value, l.unit])).toEqual([
      ['ph', 7.6, ''],
      ['pao2', 127, 'mm[Hg]'],
      ['paco2', 20.4, 'mm[Hg]'],
      ['lactate', 10, 'mmol/L'],
    ]);
  });
});

describe('refusals and duplicates over MLLP', () => {
  const oru = (ctrl: string, mrn: string) =>
    new TextEncoder().encode(
      [
        `MSH|^~\\&|LIS|LAB|VIGIL|WARD|20261126073000+0100||ORU^R01^ORU_R01|${ctrl}|P|2.5.1`,
        `PID|1||${mrn}^^^HOSP^MR`,
        'OBR|1|P1|F1|CRP^CRP^L|||20261126063000+0100',
        'OBX|1|NM|1988-5^CRP^LN||187|mg/L|<5|H|||F',
        '',
      ].join('\r'),
    );

  it('wrong patient, nobody admitted: AE with ERR and nothing stored; duplicate: AA once, stored once', async () => {
    const s = await start();
    expect((await send(oru('X-1', 'MRN-0042')))[0]!.msa[3]).toMatch(/no patient is admitted/);
    admitPatient(s.db, 'MRN-0042');
    const wrong = (await send(oru('X-2', 'MRN-7777')))[0]!;
    expect(wrong.msa.slice(1, 3)).toEqual(['AE', 'X-2']);
    expect(wrong.err!.slice(2, 4)).toEqual(['PID^1^3', '204^Unknown key identifier^HL70357']);
    expect((await send(oru('X-3', 'MRN-0042')))[0]!.msa[1]).toBe('AA');
    const again = (await send(oru('X-3', 'MRN-0042')))[0]!;
    expect(again.msa.slice(1, 3)).toEqual(['AA', 'X-3']);
    expect(again.msa[3]).toMatch(/duplicate of message #\d+/);
    expect(s.hl7.labsOfAdmitted({ from: 0, to: Date.now(), includeRetracted: true })).toHaveLength(1);
    dischargeAll(s.db);
    expect((await send(oru('X-4', 'MRN-0042')))[0]!.msa[1]).toBe('AE');
    expect(s.hl7.archive.count('rejected')).toBe(3);
  });

  it('AA only after commit: a commit that fails gives AE and stores nothing; the resend is then stored', async () => {
    const s = await start();
    admitPatient(s.db, 'MRN-0042');
    s.db.exec("CREATE TRIGGER fail_commit BEFORE INSERT ON lab_results BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END");
    const failed = (await send(oru('C-1', 'MRN-0042')))[0]!;
    expect(failed.msa.slice(1, 3)).toEqual(['AE', 'C-1']);
    expect(failed.err![3]).toBe('207^Application internal error^HL70357');
    expect(s.db.prepare('SELECT count(*) FROM lab_results').pluck().get()).toBe(0);
    expect(s.hl7.archive.list({ limit: 1 })[0]).toMatchObject({ outcome: 'error', reason: expect.stringMatching(/disk I\/O error/) });
    s.db.exec('DROP TRIGGER fail_commit');
    expect((await send(oru('C-1', 'MRN-0042')))[0]!.msa[1]).toBe('AA');
    expect(s.db.prepare('SELECT count(*) FROM lab_results').pluck().get()).toBe(1);
  });
});
