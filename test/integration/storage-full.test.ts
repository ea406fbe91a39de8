// A full disk under a real station process: the database on an 8 MiB tmpfs filled with a ballast file. The station
// stays up, gives no AA for anything it did not store, says so, and stores again by itself once space returns.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { eventually, startVigil, type RunningVigil } from '../helpers/cli';
import { MllpClient } from '../../drivers/hl7/transport';
import { pcd01 } from '../../drivers/hl7/test-support';
import { openDatabase } from '../../electron/station/db/open';
import { admitPatient } from '../../electron/station/hl7/test-support';
import { createPtyPair, type PtyPair } from '../helpers/pty';
import { ReconnectingSerialLink } from '../../drivers/transport/serial';
import { GeS5Simulator } from '../../drivers/ge-s5/simulator';

const MRN = 'MRN-0042';
const dir = mkdtempSync(join(tmpdir(), 'vigil-full-'));
const ballast = join(dir, 'ballast');

function tryMount(): boolean {
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=8m', 'tmpfs', dir], { stdio: 'pipe' });
    return true;
  } catch (error) {
    console.warn(`SKIPPED: full-disk test: cannot mount a tmpfs (${error instanceof Error ? error.message.split('\n')[0] : String(error)}); run as root to include it`);
    return false;
  }
}
const mounted = tryMount();

/** Writes the ballast until the file system refuses another byte. */
function fillDisk(): void {
  const fd = openSync(ballast, 'w');
  try {
    for (const size of [1 << 20, 64 << 10, 4 << 10, 512]) {
      const chunk = Buffer.alloc(size, 1);
      for (;;) {
        try {
          writeSync(fd, chunk);
        } catch {
          break;
        }
      }
    }
  } finally {
    closeSync(fd);
  }
}

let station: RunningVigil | null = null;
let client: MllpClient | null = null;
let pty: PtyPair | null = null;
let monitorLink: ReconnectingSerialLink | null = null;
let monitor: GeS5Simulator | null = null;
beforeAll(() => {
  if (!mounted) return;
  const db = openDatabase(join(dir, 'v.db'));
  admitPatient(db, MRN);
  db.close();
});
afterAll(async () => {
  monitor?.stop();
  await monitorLink?.close();
  await client?.close();
  await station?.stop();
  await pty?.close();
  if (mounted) execFileSync('umount', ['-l', dir]);
  rmSync(dir, { recursive: true, force: true });
});

const msaOf = (frame: Uint8Array) => new TextDecoder().decode(frame).split('\r').find((s) => s.startsWith('MSA'))!.split('|');

describe.skipIf(!mounted)('a full disk under a running station', () => {
  it('refuses with AE while nothing can be stored, stays up when the monitor goes away, and stores again once space returns', async () => {
    pty = await createPtyPair();
    monitorLink = new ReconnectingSerialLink({ path: pty.monitorPath, baudRate: 19200, parity: 'even' }, { opened: () => {}, lost: () => {} });
    monitorLink.start();
    await eventually(() => expect(monitorLink!.isOpen).toBe(true));
    monitor = new GeS5Simulator(monitorLink, { scenario: 'stable', intervalSeconds: 0.5 });
    station = startVigil([
      'station', '--db', join(dir, 'v.db'), '--hl7-listen', '127.0.0.1:0', '--serial', pty.stationPath, '--protocol', 'ge-s5', '--interval', '0.5',
      '--backup-dir', mkdtempSync(join(tmpdir(), 'vigil-full-backups-')),
    ]);
    await station.waitFor(/: receiving/);
    const port = Number((await station.waitFor(/HL7 listener on 127\.0\.0\.1:(\d+)/))[1]);
    client = await MllpClient.connect('127.0.0.1', port);
    let sent = 0;
    const send = async (id: string): Promise<string[]> => {
      await client!.send(new TextEncoder().encode(pcd01(id, MRN)));
      sent += 1;
      return msaOf((await client!.waitForFrames(sent))[sent - 1]!);
    };
    expect((await send('BEFORE'))[1]).toBe('AA');

    fillDisk();
    const answers = new Map<string, string>();
    // A few may still fit in pages SQLite already has; each of those is really stored (checked below).
    for (let i = 0; i < 200 && ![...answers.values()].includes('AE'); i++) answers.set(`FULL-${i}`, (await send(`FULL-${i}`))[1]!);
    expect([...answers.values()]).toContain('AE');
    await station.waitFor(/STORAGE PROBLEM: the disk is full \(SQLITE_FULL\)/, 5_000);
    // The monitor sends every 5 s: a record or two arrive meanwhile and wait in memory.
    await new Promise((r) => setTimeout(r, 6_000));
    // The monitor goes away while nothing can be stored (a pulled cable: quicker than the 12-s silence): the state
    // change cannot be written, and that is not fatal.
    await pty.unplug();
    await station.waitFor(/STORAGE PROBLEM[\s\S]*station: (error|silent)/, 10_000);
    const refused = await send('DURING');
    expect(refused[1]).toBe('AE');
    answers.set('DURING', 'AE');
    expect(station.child.exitCode).toBeNull();

    rmSync(ballast);
    await station.waitFor(/storage resumed after the disk is full .*: [1-9]\d* monitor values kept in memory were stored; none lost/, 15_000);
    const after = await eventually(async () => {
      const msa = await send(`AFTER-${sent}`);
      expect(msa[1]).toBe('AA');
      return msa[2]!;
    }, 10_000, 500);
    expect(station.child.exitCode).toBeNull();

    const db = new Database(join(dir, 'v.db'), { readonly: true });
    const accepted = new Set(db.prepare("SELECT control_id FROM hl7_messages WHERE outcome = 'accepted'").pluck().all() as string[]);
    // The monitor's state the database missed is recorded when storage returns.
    const lastState = db.prepare('SELECT state FROM device_events ORDER BY t_ms DESC, id DESC LIMIT 1').pluck().get();
    const serialValues = db.prepare("SELECT count(*) FROM observations o JOIN series s ON s.id = o.series_id WHERE s.source = 'serial'").pluck().get() as number;
    db.close();
    expect(lastState).not.toBe('receiving');
    expect(serialValues).toBeGreaterThan(0);
    expect(accepted.has('BEFORE') && accepted.has(after)).toBe(true);
    // Positive ACK exactly for what is stored: no AE'd message made it into the record.
    for (const [id, code] of answers) expect(accepted.has(id), `${id} answered ${code}`).toBe(code === 'AA');
  }, 30_000);
});
