// Connection health over a real pty: the cable is pulled (both device paths vanish) and plugged back in;
// the station says why it has no data, reconnects by itself, and data resume within 10 s of the replug.
import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPtyPair } from '../helpers/pty';
import { eventually } from '../helpers/cli';
import { Station } from '../../electron/station/station';
import { ReconnectingSerialLink } from '../../drivers/transport/serial';
import { PhilipsIntelliVueSimulator } from '../../drivers/philips-intellivue/simulator';

describe('Philips IntelliVue: pulled cable and vanished port', () => {
  const cleanup: (() => Promise<void> | void)[] = [];
  afterEach(async () => {
    for (const step of cleanup.reverse()) await step();
    cleanup.length = 0;
  });

  it('reports the loss, reconnects without a human, and data resume within 10 s of the replug', async () => {
    const pty = await createPtyPair();
    cleanup.push(() => pty.close());
    const monitorLink = new ReconnectingSerialLink({ path: pty.monitorPath, baudRate: 115200, parity: 'none' }, { opened: () => {}, lost: () => {} });
    monitorLink.start();
    await eventually(() => expect(monitorLink.isOpen).toBe(true));
    const simulator = new PhilipsIntelliVueSimulator(monitorLink, { scenario: 'stable' });
    const station = new Station({ dbFile: join(mkdtempSync(join(tmpdir(), 'vigil-philips-')), 'station.db'), devices: [{ protocol: 'philips-intellivue', port: pty.stationPath }], log: () => {} });
    station.start();
    cleanup.push(() => simulator.stop(), () => monitorLink.close(), () => station.stop());
    const connection = () => station.deviceInfos()[0]!.connection;
    const hrSince = (from: number) => [...station.observations.export({ params: ['hr'], from })];

    await eventually(() => expect(hrSince(0).length).toBeGreaterThanOrEqual(3));
    for (let round = 0; round < 2; round++) {
      await pty.unplug();
      await eventually(() => expect(connection().state).toBe('error'));
      expect(connection().reason).toMatch(/disconnected|not found/);
      await new Promise((r) => setTimeout(r, 1500)); // the port stays gone for a while
      await pty.replug();
      const replugged = Date.now();
      await eventually(() => expect(hrSince(replugged).length).toBeGreaterThanOrEqual(1), 10_000);
      expect(Date.now() - replugged).toBeLessThan(10_000);
      expect(connection().state).toBe('receiving');
    }
    // The monitor saw new associations, not a flood: the station kept within its input limit.
    expect(simulator.associationsAccepted).toBeGreaterThanOrEqual(3);
    expect(simulator.droppedInputFrames).toBe(0);

    const reply = await station.dispatch('observations.trend', { params: ['hr'], from: Date.now() - 120_000, to: Date.now() + 1000 });
    expect(reply.ok).toBe(true);
    const points = (reply as { ok: true; result: { points: { t: number; v: number | null }[] }[] }).result[0]!.points;
    expect(points.some((p) => p.v === null)).toBe(true); // the gap is drawn as a gap
  });
});
