// The real path over a virtual serial cable: IntelliVue simulator (synthetic) → pty → session → SQLite, with the
// real Station: values in order, demo flag, silence and re-association, a monitor reboot, the relative-time wrap.
import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPtyPair } from '../helpers/pty';
import { eventually } from '../helpers/cli';
import { Station } from '../../electron/station/station';
import { ReconnectingSerialLink } from '../../drivers/transport/serial';
import { PhilipsIntelliVueSimulator, type PhilipsSimulatorOptions, type SentResult } from '../../drivers/philips-intellivue/simulator';
import { REL_TIME_WRAP } from '../../drivers/philips-intellivue/constants';

describe('Philips IntelliVue station over a socat pty pair (synthetic monitor)', () => {
  const cleanup: (() => Promise<void> | void)[] = [];
  afterEach(async () => {
    for (const step of cleanup.reverse()) await step();
    cleanup.length = 0;
  });

  async function setUp(options: Partial<PhilipsSimulatorOptions> = {}) {
    const pty = await createPtyPair();
    cleanup.push(() => pty.close());
    const sent: SentResult[] = [];
    const monitorLink = new ReconnectingSerialLink({ path: pty.monitorPath, baudRate: 115200, parity: 'none' }, { opened: () => {}, lost: () => {} });
    monitorLink.start();
    await eventually(() => expect(monitorLink.isOpen).toBe(true));
    const simulator = new PhilipsIntelliVueSimulator(monitorLink, { scenario: 'icu-stable', onResultSent: (s) => sent.push(s), ...options });
    const station = new Station({ dbFile: join(mkdtempSync(join(tmpdir(), 'vigil-philips-')), 'station.db'), devices: [{ protocol: 'philips-intellivue', port: pty.stationPath }], log: () => {} });
    station.start();
    cleanup.push(() => simulator.stop(), () => monitorLink.close());
    const stopStation = async () => {
      await station.stop();
      cleanup.splice(cleanup.indexOf(stopStation), 1);
    };
    cleanup.push(stopStation);
    const connection = () => station.deviceInfos()[0]!.connection;
    const hr = (from = 0) => [...station.observations.export({ params: ['hr'], from })];
    return { pty, sent, simulator, station, connection, hr, stopStation };
  }

  it('stores exactly the values of every result the monitor sent, in order, and releases on stop', async () => {
    const { sent, simulator, station, hr, stopStation } = await setUp({ clockOffsetMs: -3_600_000 });
    await eventually(() => expect(sent.length).toBeGreaterThanOrEqual(6));
    simulator.setFaults({ silence: true });
    await new Promise((r) => setTimeout(r, 300));
    const stored = hr();
    const good = sent.filter((s) => s.fault === null);
    const temps = [...station.observations.export({ params: ['temp'] })];
    simulator.setFaults({ silence: false });
    await stopStation();
    expect(simulator.state).toBe('none'); // released, not timed out
    expect(simulator.associationTimeouts).toBe(0);
    expect(simulator.droppedInputFrames).toBe(0);
    expect(stored.map((o) => o.value)).toEqual(good.map((s) => s.sample!.values.hr));
    stored.forEach((o, i) => expect(Math.abs(o.deviceTime! - good[i]!.wallMs)).toBeLessThan(1100));
    expect(temps.length).toBe(stored.length);
    expect(temps.every((o) => o.unit === 'Cel' && o.site === 'core' && o.status === 'valid')).toBe(true);
  });

  it('shows a monitor in demo mode as demo, on the connection and on every value', async () => {
    const { station, connection } = await setUp({ demo: true });
    await eventually(() => expect(connection()).toMatchObject({ state: 'receiving', demo: true }));
    const stored = [...station.observations.export({})];
    expect(stored.length).toBeGreaterThan(0);
    expect(stored.every((o) => o.status === 'demo')).toBe(true);
  });

  it('notices a silent monitor, says so, and resumes within 10 s when it talks again; and after a reboot', async () => {
    const { simulator, connection, hr } = await setUp();
    await eventually(() => expect(connection().state).toBe('receiving'));
    simulator.setFaults({ silence: true });
    await eventually(() => expect(connection()).toMatchObject({ state: 'silent', reason: expect.stringMatching(/stopped sending data/) }), 15_000);
    simulator.setFaults({ silence: false });
    const back = Date.now();
    await eventually(() => expect(hr(back).length).toBeGreaterThanOrEqual(1), 10_000);
    expect(simulator.associationsAccepted).toBeGreaterThanOrEqual(2);

    simulator.reboot();
    const rebooted = Date.now();
    await eventually(() => expect(hr(rebooted + 1000).length).toBeGreaterThanOrEqual(2), 15_000);
    expect(Date.now() - rebooted).toBeLessThan(15_000);
    for (const o of hr(rebooted + 1000)) expect(Math.abs(o.deviceTime! - o.time)).toBeLessThan(1500);
  });

  it('keeps device time right through the relative-time wrap', async () => {
    const { sent, hr } = await setUp({ relTimeStart: REL_TIME_WRAP - 8 * 4000 });
    await eventually(() => expect(sent.filter((s) => s.relTime < 8 * 4000).length).toBeGreaterThanOrEqual(3), 15_000);
    const stored = hr();
    expect(stored.slice(1).every((o, i) => o.deviceTime! > stored[i]!.deviceTime!)).toBe(true);
    expect(stored.every((o) => Math.abs(o.deviceTime! - o.time) < 1500)).toBe(true);
    expect(sent.some((s) => s.relTime > REL_TIME_WRAP - 8 * 4000)).toBe(true);
  });
});
