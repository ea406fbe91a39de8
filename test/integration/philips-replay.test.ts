// The replaying simulator (a real MP70 log, read at run time) → pty → the real Station: the log's values with
// this run's times, through a relative-time wrap, a silent spell and a pulled cable.
import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPtyPair } from '../helpers/pty';
import { eventually } from '../helpers/cli';
import { hasSharedFixtures, SHARED_FIXTURES } from '../helpers/shared';
import { Station } from '../../electron/station/station';
import { ReconnectingSerialLink } from '../../drivers/transport/serial';
import { PhilipsIntelliVueSimulator, type SentResult } from '../../drivers/philips-intellivue/simulator';
import { REL_TIME_WRAP } from '../../drivers/philips-intellivue/constants';

const FLUKE_LOG = join(SHARED_FIXTURES, 'monitor-captures/philips-intellivue/mp70_serial_fluke_sim_20140519.log');

describe.skipIf(!hasSharedFixtures)('Philips IntelliVue station with the replaying simulator', () => {
  const cleanup: (() => Promise<void> | void)[] = [];
  afterEach(async () => {
    for (const step of cleanup.reverse()) await step();
    cleanup.length = 0;
  });

  it('stores the log’s values with this run’s times, across the wrap, a silence and a pulled cable', async () => {
    const pty = await createPtyPair();
    cleanup.push(() => pty.close());
    const monitorLink = new ReconnectingSerialLink({ path: pty.monitorPath, baudRate: 115200, parity: 'none' }, { opened: () => {}, lost: () => {} });
    monitorLink.start();
    await eventually(() => expect(monitorLink.isOpen).toBe(true));
    const sent: SentResult[] = [];
    const simulator = new PhilipsIntelliVueSimulator(monitorLink, {
      scenario: 'stable',
      mode: 'replay',
      replayLog: new Uint8Array(readFileSync(FLUKE_LOG)),
      relTimeStart: REL_TIME_WRAP - 8 * 3000,
      onResultSent: (s) => sent.push(s),
    });
    const station = new Station({ dbFile: join(mkdtempSync(join(tmpdir(), 'vigil-philips-')), 'station.db'), devices: [{ protocol: 'philips-intellivue', port: pty.stationPath }], log: () => {} });
    station.start();
    cleanup.push(() => simulator.stop(), () => monitorLink.close(), () => station.stop());
    const connection = () => station.deviceInfos()[0]!.connection;
    const stored = (param: string, from = 0) => [...station.observations.export({ params: [param as 'hr'], from })];

    // Across the wrap: the Fluke simulator's HR 90 / RR 16, SpO2 invalid, NBP unavailable, device time running on.
    const periodsAfterWrap = () => new Set(sent.filter((s) => s.relTime < 8 * 3000).map((s) => s.relTime)).size;
    await eventually(() => expect(periodsAfterWrap()).toBeGreaterThanOrEqual(3), 15_000);
    const hr = stored('hr');
    expect(hr.length).toBeGreaterThanOrEqual(5);
    expect(new Set(sent.map((s) => s.relTime)).size).toBeGreaterThanOrEqual(hr.length);
    expect(hr.every((o) => o.value === 90 && o.status === 'valid')).toBe(true);
    expect(hr.slice(1).every((o, i) => o.deviceTime! > hr[i]!.deviceTime!)).toBe(true);
    expect(hr.every((o) => Math.abs(o.deviceTime! - o.time) < 1500)).toBe(true);
    expect(stored('rr').every((o) => o.value === 16 && o.status === 'valid')).toBe(true);
    expect(stored('spo2').every((o) => o.value === null && o.status === 'invalid')).toBe(true);
    expect(stored('nibp_sys').every((o) => o.value === null && o.status === 'unavailable')).toBe(true);
    expect(connection()).toMatchObject({ state: 'receiving', demo: false });

    simulator.setFaults({ silence: true });
    await eventually(() => expect(connection().state).toBe('silent'), 15_000);
    simulator.setFaults({ silence: false });
    const quietEnd = Date.now();
    await eventually(() => expect(stored('hr', quietEnd).length).toBeGreaterThanOrEqual(1), 10_000);

    await pty.unplug();
    await eventually(() => expect(connection().state).toBe('error'));
    await pty.replug();
    const replugged = Date.now();
    await eventually(() => expect(stored('hr', replugged).length).toBeGreaterThanOrEqual(1), 10_000);
    expect(stored('hr', replugged).every((o) => o.value === 90)).toBe(true);
  });
});
