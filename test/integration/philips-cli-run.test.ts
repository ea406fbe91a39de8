// `vigil simulate --protocol philips-intellivue` and `vigil station` as separate processes on a pty pair,
// in both simulator modes: synthetic scenario values, and replay of a real MP70 log (read at run time).
import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPtyPair } from '../helpers/pty';
import { runVigil, startVigil, type RunningVigil } from '../helpers/cli';
import { hasSharedFixtures, SHARED_FIXTURES } from '../helpers/shared';

const DEMO_LOG = join(SHARED_FIXTURES, 'monitor-captures/philips-intellivue/mp70_serial_demo_numerics_20140411.log');

interface Exported {
  param: string;
  value: number | null;
  status: string;
  unit: string;
  deviceTime?: string;
}

describe('vigil station + vigil simulate (philips-intellivue)', () => {
  const running: RunningVigil[] = [];
  afterEach(async () => {
    for (const p of running) await p.stop();
    running.length = 0;
  });

  async function run(simulateArgs: string[], seconds: number) {
    const pty = await createPtyPair();
    const db = join(mkdtempSync(join(tmpdir(), 'vigil-philips-cli-')), 'station.db');
    const simulator = startVigil(['simulate', '--protocol', 'philips-intellivue', '--port', pty.monitorPath, ...simulateArgs]);
    running.push(simulator);
    await simulator.waitFor(/vigil simulate: Philips IntelliVue/);
    const station = startVigil(['station', '--db', db, '--serial', pty.stationPath, '--protocol', 'philips-intellivue']);
    running.push(station);
    await station.waitFor(/receiving/, 45_000);
    await new Promise((r) => setTimeout(r, seconds * 1000));
    expect(await simulator.stop()).toBe(0);
    const sent = Number(simulator.stdout().match(/sent (\d+) records/)![1]);
    await new Promise((r) => setTimeout(r, 500));
    expect(await station.stop()).toBe(0);
    expect(station.stderr()).toMatch(/port and database closed/);
    await pty.close();
    const exported = await runVigil(['export', '--db', db]);
    expect(exported.code).toBe(0);
    return { sent, lines: exported.stdout.trim().split('\n').map((l) => JSON.parse(l) as Exported) };
  }

  it('stores one value per numerics result the synthetic monitor sent', async () => {
    const { sent, lines } = await run(['--scenario', 'crs-fever-hypotension'], 4);
    expect(sent).toBeGreaterThanOrEqual(3);
    const hr = lines.filter((l) => l.param === 'hr');
    expect(hr).toHaveLength(sent);
    expect(hr.every((l) => l.status === 'valid' && l.unit === '/min' && l.deviceTime !== undefined)).toBe(true);
    expect(lines.filter((l) => l.param === 'temp').every((l) => l.value! > 36 && l.value! < 41)).toBe(true);
  });

  it.skipIf(!hasSharedFixtures)('replays a real demo-mode log: the values of the log, flagged demo', async () => {
    const { sent, lines } = await run(['--mode', 'replay', '--log', DEMO_LOG], 3);
    expect(sent).toBeGreaterThanOrEqual(4);
    expect(lines.filter((l) => l.param === 'hr').every((l) => l.value === 60 && l.status === 'demo')).toBe(true);
    expect(lines.find((l) => l.param === 'spo2')).toMatchObject({ value: 95, status: 'demo' });
    expect(lines.filter((l) => l.status === 'valid')).toEqual([]);
  });

  it('refuses replay without a log, and replay flags on a protocol without replay', async () => {
    const noLog = await runVigil(['simulate', '--protocol', 'philips-intellivue', '--port', '/dev/null', '--mode', 'replay']);
    expect(noLog.code).toBe(2);
    expect(noLog.stderr).toMatch(/--log FILE \(the capture to replay\) is required/);
    const ge = await runVigil(['simulate', '--protocol', 'ge-s5', '--port', '/dev/null', '--mode', 'replay', '--log', DEMO_LOG]);
    expect(ge.code).toBe(2);
    expect(ge.stderr).toMatch(/ge-s5 simulator does not support --mode replay/);
  });
});
