// `vigil simulate` and `vigil station` as separate processes on a pty pair: every record sent is stored.
import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPtyPair } from '../helpers/pty';
import { eventually, runVigil, startVigil, type RunningVigil } from '../helpers/cli';

describe('vigil station + vigil simulate (ge-s5)', () => {
  const running: RunningVigil[] = [];
  afterEach(async () => {
    for (const p of running) await p.stop();
    running.length = 0;
  });

  it('stores every record the simulator sent, exports them, and shuts down cleanly', async () => {
    const pty = await createPtyPair();
    const db = join(mkdtempSync(join(tmpdir(), 'vigil-cli-run-')), 'station.db');
    const simulator = startVigil(['simulate', '--protocol', 'ge-s5', '--port', pty.monitorPath, '--scenario', 'crs-fever-hypotension', '--interval', '0.5']);
    running.push(simulator);
    await simulator.waitFor(/scenario crs-fever-hypotension/);
    const station = startVigil(['station', '--db', db, '--serial', pty.stationPath, '--protocol', 'ge-s5']);
    running.push(station);
    await station.waitFor(/receiving/);
    await new Promise((r) => setTimeout(r, 4000));

    expect(await simulator.stop()).toBe(0);
    const sent = Number(simulator.stdout().match(/sent (\d+) records/)![1]);
    expect(sent).toBeGreaterThanOrEqual(6);
    await new Promise((r) => setTimeout(r, 500));
    expect(await station.stop()).toBe(0);
    expect(station.stderr()).toMatch(/port and database closed/);
    await pty.close();

    const exported = await runVigil(['export', '--db', db, '--params', 'hr,temp']);
    expect(exported.code).toBe(0);
    const lines = exported.stdout.trim().split('\n').map((l) => JSON.parse(l) as { param: string; value: number; unit: string });
    expect(lines.filter((l) => l.param === 'hr')).toHaveLength(sent);
    expect(lines.filter((l) => l.param === 'temp').every((l) => l.unit === 'Cel' && l.value > 35 && l.value < 42)).toBe(true);

    const csv = await runVigil(['export', '--db', db, '--params', 'hr', '--format', 'csv']);
    const rows = csv.stdout.trim().split('\n');
    expect(rows[0]).toBe('param,value,unit,time,status,source,device,site,deviceTime');
    expect(rows).toHaveLength(sent + 1);
    await eventually(() => expect(rows[1]).toMatch(/^hr,\d+,\/min,\d{4}-\d{2}-\d{2}T/));
  });
});
