// Two real processes and a real receiver: `vigil simulate` (GE monitor on a socat pty) feeds `vigil station
// --hl7-send`, which reports every 2 s of the station's clock to an MLLP receiver on loopback. Killed with SIGKILL
// mid-stream and restarted: nothing lost, nothing sent with a new MSH-10. Receiver down: a backlog, then drained.
import { afterEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPtyPair, type PtyPair } from '../helpers/pty';
import { eventually, runVigil, startVigil, type RunningVigil } from '../helpers/cli';
import { createTestStation } from '../helpers/station';
import { admission } from '../helpers/episode';
import { startMllpReceiver, type MllpReceiver, type ReceivedMessage } from '../helpers/mllpReceiver';
import { parseHl7 } from '../../drivers/hl7/adapter';
import { parseHl7Time } from '../../drivers/hl7/dtm';
import { pcd01Problems } from '../../electron/station/outbound/pcd01/conformance';
import { SECOND_MS } from '../../shared/time';

const PERIOD_MS = 2 * SECOND_MS;

interface OutboxRow {
  id: number;
  control_id: string;
  state: string;
  payload: string;
}

function outbox(dbFile: string): { rows: OutboxRow[]; cursor: number } {
  const db = new Database(dbFile);
  try {
    const rows = db.prepare('SELECT id, control_id, state, payload FROM outbound_messages ORDER BY id').all() as OutboxRow[];
    const cursor = db.prepare('SELECT period_end_ms FROM outbound_cursors').pluck().get() as number;
    return { rows, cursor };
  } finally {
    db.close();
  }
}

/** Each control id once, in order of first arrival, after checking every copy of it is the same text. */
function firstArrivals(messages: readonly ReceivedMessage[]): ReceivedMessage[] {
  const seen = new Map<string, ReceivedMessage>();
  for (const m of messages) {
    const earlier = seen.get(m.controlId);
    if (earlier) expect(m.text, `a resend of ${m.controlId} must be the same message`).toBe(earlier.text);
    else seen.set(m.controlId, m);
  }
  return [...seen.values()];
}

const periodStart = (m: ReceivedMessage): number => parseHl7Time(parseHl7(m.text).obr[0]!.time)!.ms;

describe('vigil station --hl7-send (two processes, a real MLLP receiver)', () => {
  const running: RunningVigil[] = [];
  let pty: PtyPair | null = null;
  let receiver: MllpReceiver | null = null;
  afterEach(async () => {
    for (const p of running) await p.stop();
    running.length = 0;
    await pty?.close();
    await receiver?.stop();
  });

  it('delivers every period in order, survives SIGKILL without loss or a new MSH-10, and drains a backlog', { timeout: 180_000 }, async () => {
    const prepared = await createTestStation();
    await prepared.as('nurse').call('episode.admit', { admission });
    const start = prepared.now();
    const dbFile = prepared.dbFile;
    await prepared.close();

    receiver = await startMllpReceiver();
    pty = await createPtyPair();
    const simulator = startVigil(['simulate', '--protocol', 'ge-s5', '--port', pty.monitorPath, '--scenario', 'stable', '--interval', '0.5']);
    running.push(simulator);
    await simulator.waitFor(/scenario stable/);
    const stationArgs = (now: number) => [
      'station', '--db', dbFile, '--serial', pty!.stationPath, '--protocol', 'ge-s5', '--now', new Date(now).toISOString(),
      '--hl7-send', `127.0.0.1:${receiver!.port}`, '--hl7-send-period', '2', '--hl7-send-params', 'hr,spo2', '--hl7-send-ack-timeout', '5',
    ];
    const first = startVigil(stationArgs(start));
    running.push(first);
    await first.waitFor(/HL7 to 127\.0\.0\.1:\d+ \(destination 1\), one ORU\^R01 every 2 s/);
    await eventually(() => expect(receiver!.messages.length).toBeGreaterThanOrEqual(3), 30_000);

    // SIGKILL mid-stream, then a restart on the station clock where the outbox stopped.
    first.child.kill('SIGKILL');
    await first.stop();
    const afterKill = outbox(dbFile);
    const second = startVigil(stationArgs(afterKill.cursor));
    running.push(second);
    await second.waitFor(/HL7 to 127\.0\.0\.1/);
    const target = receiver.messages.length + 3;
    await eventually(() => expect(receiver!.messages.length).toBeGreaterThanOrEqual(target), 30_000);

    // The receiver goes away for a while: messages wait in the outbox, then all arrive when it is back.
    await receiver.stop();
    await eventually(() => expect(outbox(dbFile).rows.filter((r) => r.state === 'queued').length).toBeGreaterThanOrEqual(2), 30_000);
    await eventually(() => expect(second.stderr()).toMatch(/HL7 to 127\.0\.0\.1:\d+: cannot connect/), 10_000);
    await receiver.restart();
    await eventually(() => {
      const { rows } = outbox(dbFile);
      expect(rows.filter((r) => r.state !== 'sent')).toEqual([]);
      expect(firstArrivals(receiver!.messages).map((m) => m.controlId)).toEqual(rows.map((r) => r.control_id));
    }, 60_000);
    expect(await second.stop()).toBe(0);

    const { rows } = outbox(dbFile);
    const arrivals = firstArrivals(receiver.messages);
    expect(arrivals.map((m) => m.text)).toEqual(rows.map((r) => r.payload));
    // Every 2-s period once, back to back across the kill: none lost, none skipped.
    const starts = arrivals.map(periodStart);
    expect(starts.slice(1).map((s, i) => s - starts[i]!)).toEqual(starts.slice(1).map(() => PERIOD_MS));
    for (const m of arrivals) {
      const parsed = parseHl7(m.text);
      expect(pcd01Problems(parsed)).toEqual([]);
      expect(parsed.patientId).toBe(admission.mrn);
    }

    // `vigil hl7 parse` reads what was sent: the first message and the last.
    const dir = mkdtempSync(join(tmpdir(), 'vigil-outbound-'));
    for (const m of [arrivals[0]!, arrivals[arrivals.length - 1]!]) {
      const file = join(dir, `${m.controlId}.hl7`);
      writeFileSync(file, m.text);
      const parsed = await runVigil(['hl7', 'parse', file]);
      expect(parsed.code).toBe(0);
      const summary = JSON.parse(parsed.stdout) as { messageType: string; controlId: string; patientId: string; observations: { param: string | null; unit: string | null }[] };
      expect(summary).toMatchObject({ messageType: 'ORU^R01', controlId: m.controlId, patientId: admission.mrn });
      expect(summary.observations.filter((o) => o.param !== null).map((o) => [o.param, o.unit])).toEqual([
        ['hr', '/min'],
        ['spo2', '%'],
      ]);
    }
  });
});
