// The HL7 command line as a user runs it: `vigil hl7 parse` on the public samples, `vigil hl7 send` and
// `vigil simulate --protocol hl7` against `vigil station --hl7-listen`, and bad input (one line, exit 2).
import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, type AddressInfo } from 'node:net';
import Database from 'better-sqlite3';
import { eventually, runVigil, startVigil, type RunningVigil } from '../helpers/cli';
import { openDatabase } from '../../electron/station/db/open';
import { admitPatient } from '../../electron/station/hl7/test-support';
import { HL7_FIXTURES, hasSharedFixtures, pcd01, sampleExpected, sampleNames } from '../../drivers/hl7/test-support';

const MRN = 'MRN-0042';
const running: RunningVigil[] = [];
afterEach(async () => {
  for (const r of running.splice(0)) await r.stop();
});

function admittedDb(): string {
  const file = join(mkdtempSync(join(tmpdir(), 'vigil-hl7cli-')), 'station.db');
  const db = openDatabase(file);
  admitPatient(db, MRN);
  db.close();
  return file;
}

async function stationOn(dbFile: string, ...extra: string[]): Promise<{ station: RunningVigil; port: number }> {
  const station = startVigil(['station', '--db', dbFile, '--hl7-listen', '127.0.0.1:0', ...extra]);
  running.push(station);
  const match = await station.waitFor(/HL7 listener on 127\.0\.0\.1:(\d+)/);
  return { station, port: Number(match[1]) };
}

// Each run is its own process: run them side by side.
describe.skipIf(!hasSharedFixtures).concurrent('vigil hl7 parse on the public samples', () => {
  it.each(sampleNames())('%s', async (name) => {
    const result = await runVigil(['hl7', 'parse', join(HL7_FIXTURES, `${name}.hl7`)]);
    expect(result.code).toBe(0);
    const lines = result.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const parsed = JSON.parse(lines[0]!) as Record<string, unknown> & { observations: Record<string, unknown>[] };
    const expected = sampleExpected(name);
    expect(parsed.messageType).toBe(expected.messageType);
    expect(parsed.controlId).toBe(expected.controlId);
    expect(parsed.patientId).toBe(expected.patientId);
    expect(parsed.observations.map(({ param: _param, ...rest }) => rest)).toEqual(expected.observations);
    expect(parsed.observations.every((o) => 'param' in o)).toBe(true);
  });

  it('names the canonical vital or lab of each row', async () => {
    const nibp = JSON.parse((await runVigil(['hl7', 'parse', join(HL7_FIXTURES, 'nist-pcd01-acme-gateway-nibp-crlf.hl7')])).stdout);
    expect(nibp.observations.map((o: { param: string | null }) => o.param)).toEqual([null, null, null, 'nibp_sys', 'nibp_dia', 'nibp_mean', 'pr']);
    const cbc = JSON.parse((await runVigil(['hl7', 'parse', join(HL7_FIXTURES, 'mindray-bc-hematology-cbc-oru-v231-lf.hl7')])).stdout);
    expect(cbc.observations.filter((o: { param: string | null }) => o.param).map((o: { param: string }) => o.param)).toEqual(['wbc', 'lymph', 'hgb', 'plt']);
  });
});

describe.concurrent('vigil hl7: bad input', () => {
  it('a file that is not HL7: one clear line on stderr, exit 2', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'vigil-nothl7-')), 'notes.txt');
    writeFileSync(file, 'Dear colleague,\nplease find attached …\n');
    const result = await runVigil(['hl7', 'parse', file]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toEqual([`vigil hl7: ${file}: not an HL7 v2 message: it does not start with an MSH segment`]);
  });

  it.each([
    [['hl7'], /usage: vigil hl7/],
    [['hl7', 'parse', '/no/such/file.hl7'], /FILE not found/],
    [['hl7', 'send', 'x.hl7'], /--to HOST:PORT is required/],
    [['hl7', 'send', '--to', 'localhost', 'x.hl7'], /expected HOST:PORT/],
    [['station', '--hl7-allow', '10.0.0.1'], /--hl7-allow needs --hl7-listen/],
    [['station', '--hl7-listen', '127.0.0.1:0', '--hl7-charset', 'ebcdic'], /--hl7-charset must be one of/],
    [['station', '--hl7-max-connections', '8'], /--hl7-max-connections needs --hl7-listen/],
    [['station', '--hl7-listen', '127.0.0.1:0', '--hl7-max-connections', '0'], /--hl7-max-connections must be a whole number from 1 to 10000/],
    [['simulate', '--protocol', 'hl7', '--scenario', 'stable'], /--to HOST:PORT is required/],
  ])('%j', async (args, message) => {
    const result = await runVigil(args);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
  });
});

describe('vigil hl7 send and vigil simulate --protocol hl7 against vigil station --hl7-listen', () => {
  it('sends messages over MLLP and prints each ACK; the station stores what is for its patient', async () => {
    const dbFile = admittedDb();
    const { port } = await stationOn(dbFile);
    const dir = mkdtempSync(join(tmpdir(), 'vigil-send-'));
    const mine = join(dir, 'mine.hl7');
    const other = join(dir, 'other.hl7');
    writeFileSync(mine, pcd01('CLI-1', MRN));
    writeFileSync(other, pcd01('CLI-2', 'SOMEONE-ELSE'));
    const result = await runVigil(['hl7', 'send', '--to', `127.0.0.1:${port}`, mine, other]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/# .*mine\.hl7 \(MSH-10 CLI-1\): AA\nMSH\|\^~\\&\|VIGIL\|.*\nMSA\|AA\|CLI-1\|stored 1 vitals/);
    expect(result.stdout).toMatch(/other\.hl7 \(MSH-10 CLI-2\): AE[\s\S]*MSA\|AE\|CLI-2\|PID-3 SOMEONE-ELSE is not the patient admitted at this station[\s\S]*ERR\|/);
    const db = new Database(dbFile, { readonly: true });
    expect(db.prepare("SELECT outcome FROM hl7_messages ORDER BY id").pluck().all()).toEqual(['accepted', 'rejected']);
    db.close();
  });

  it('streams PCD-01 vitals from a scenario; the station charts them as source hl7', async () => {
    const dbFile = admittedDb();
    const { port } = await stationOn(dbFile);
    const sim = startVigil(['simulate', '--protocol', 'hl7', '--to', `127.0.0.1:${port}`, '--scenario', 'crs-fever-hypotension', '--interval', '0.2', '--mrn', MRN]);
    running.push(sim);
    await sim.waitFor(/IHE PCD-01 gateway to 127\.0\.0\.1/);
    await eventually(() => {
      const db = new Database(dbFile, { readonly: true });
      try {
        expect(db.prepare("SELECT count(*) FROM hl7_messages WHERE outcome = 'accepted'").pluck().get()).toBeGreaterThanOrEqual(5);
      } finally {
        db.close();
      }
    });
    expect(await sim.stop()).toBe(0);
    expect(sim.stdout()).toMatch(/sent (\d+) messages, \1 ACKs \(\1 accepted, 0 refused\)/);
    const db = new Database(dbFile, { readonly: true });
    const hr = db.prepare("SELECT s.source, count(*) AS n FROM observations o JOIN series s ON s.id = o.series_id WHERE s.param = 'hr' GROUP BY s.source").all();
    expect(hr).toEqual([{ source: 'hl7', n: expect.any(Number) }]);
    expect(db.prepare("SELECT DISTINCT site FROM hl7_vitals WHERE param = 'temp'").pluck().all()).toEqual(['tympanic']);
    db.close();
  });

  it('cannot connect: one line, exit 2', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'vigil-send-')), 'm.hl7');
    writeFileSync(file, pcd01('X', MRN));
    const result = await runVigil(['hl7', 'send', '--to', '127.0.0.1:1', file]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/cannot connect to 127\.0\.0\.1:1/);
  });

  it('a station that drops the connection: one line naming the closed connection, exit 1 as for missing ACKs', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'vigil-send-')), 'm.hl7');
    writeFileSync(file, pcd01('X', MRN));
    const dying = createServer((socket) => socket.destroy());
    await new Promise<void>((resolve) => dying.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = dying.address() as AddressInfo;
      const result = await runVigil(['hl7', 'send', '--to', `127.0.0.1:${port}`, file]);
      expect(result.code).toBe(1);
      expect(result.stderr.trim().split('\n')).toEqual([`vigil hl7 send: the connection to 127.0.0.1:${port} closed before the ACK of ${file} (is the station running?)`]);
    } finally {
      await new Promise((resolve) => dying.close(resolve));
    }
  });
});
