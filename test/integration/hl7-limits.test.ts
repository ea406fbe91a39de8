// MLLP limits with a real `vigil station --hl7-listen` process: a flood of idle connections and a sender that never
// ends its frame cost the station a bounded number of file descriptors and bytes; a real sender still gets its AA.
import { afterEach, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eventually, startVigil, type RunningVigil } from '../helpers/cli';
import { openDatabase } from '../../electron/station/db/open';
import { admitPatient } from '../../electron/station/hl7/test-support';
import { pcd01 } from '../../drivers/hl7/test-support';
import { MllpClient } from '../../drivers/hl7/transport';
import { VT } from '../../drivers/hl7/mllp';

const MRN = 'MRN-0042';
const FLOOD = 600;
const running: RunningVigil[] = [];
const sockets: Socket[] = [];
afterEach(async () => {
  for (const s of sockets.splice(0)) s.destroy();
  for (const r of running.splice(0)) await r.stop();
});

async function station(...extra: string[]): Promise<{ station: RunningVigil; port: number }> {
  const file = join(mkdtempSync(join(tmpdir(), 'vigil-hl7limits-')), 'station.db');
  const db = openDatabase(file);
  admitPatient(db, MRN);
  db.close();
  const s = startVigil(['station', '--db', file, '--hl7-listen', '127.0.0.1:0', ...extra]);
  running.push(s);
  const match = await s.waitFor(/HL7 listener on 127\.0\.0\.1:(\d+)/);
  return { station: s, port: Number(match[1]) };
}

function connectIdle(port: number): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = new Socket();
    sockets.push(socket);
    socket.once('error', reject);
    socket.connect(port, '127.0.0.1', () => {
      socket.off('error', reject);
      socket.on('error', () => undefined);
      resolve(socket);
    });
  });
}

const openDescriptors = (pid: number) => readdirSync(`/proc/${pid}/fd`).length;

async function sendAndAck(port: number, controlId: string): Promise<string> {
  const sender = await MllpClient.connect('127.0.0.1', port);
  try {
    await sender.send(new TextEncoder().encode(pcd01(controlId, MRN)));
    const [ack] = await sender.waitForFrames(1, 10_000);
    return new TextDecoder().decode(ack);
  } finally {
    await sender.close();
  }
}

describe.skipIf(!existsSync('/proc/self/fd'))('MLLP limits against a real station', () => {
  it(`serves a real sender after ${FLOOD} idle connections, holding well under 400 file descriptors`, { timeout: 20_000 }, async () => {
    const { station: s, port } = await station();
    const pid = s.child.pid!;
    const flood = await Promise.all(Array.from({ length: FLOOD }, () => connectIdle(port)));
    // The station evicts the longest-idle connections as new ones arrive: at most the cap stays open.
    await eventually(() => expect(flood.filter((c) => c.readyState === 'open').length).toBeLessThanOrEqual(64), 10_000);
    expect(openDescriptors(pid)).toBeLessThan(400);

    expect(await sendAndAck(port, 'REAL-1')).toMatch(/\rMSA\|AA\|REAL-1/);
    expect(openDescriptors(pid)).toBeLessThan(400);
    // A flood is a few lines and a count, not one line per connection.
    expect(s.stderr().split('\n').filter((l) => /connection/.test(l)).length).toBeLessThan(20);
  });

  it('closes a connection whose unfinished frame passes the byte limit, and keeps serving others', { timeout: 20_000 }, async () => {
    const { port } = await station('--hl7-max-connections', '4');
    const greedy = await connectIdle(port);
    const closed = new Promise<void>((resolve) => greedy.once('close', () => resolve()));
    // 1 MiB is the limit: 1.5 MiB of a frame that never ends.
    greedy.write(Buffer.concat([Buffer.from([VT]), Buffer.from(`MSH|^~\\&|${'X'.repeat(1_500_000)}`)]));
    await closed;
    expect(await sendAndAck(port, 'REAL-2')).toMatch(/\rMSA\|AA\|REAL-2/);
  });
});
