// The real path over a virtual serial cable: GE simulator → pty → session → SQLite, including a pulled cable.
import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPtyPair, type PtyPair } from '../helpers/pty';
import { eventually } from '../helpers/cli';
import { Station } from '../../electron/station/station';
import { ReconnectingSerialLink } from '../../drivers/transport/serial';
import { GeS5Simulator } from '../../drivers/ge-s5/simulator';
import { toRaw } from '../../drivers/ge-s5/scaling';
import { SCALE } from '../../drivers/ge-s5/layout';

interface Sent {
  hr: number | null;
  temp: number | null;
}

describe('GE S/5 station over a socat pty pair', () => {
  const cleanup: (() => Promise<void> | void)[] = [];
  afterEach(async () => {
    for (const step of cleanup.reverse()) await step();
    cleanup.length = 0;
  });

  async function setUp(pty: PtyPair) {
    const sent: Sent[] = [];
    const monitorLink = new ReconnectingSerialLink({ path: pty.monitorPath, baudRate: 19200, parity: 'even' }, { opened: () => {}, lost: () => {} });
    monitorLink.start();
    await eventually(() => expect(monitorLink.isOpen).toBe(true));
    const simulator = new GeS5Simulator(monitorLink, {
      scenario: 'stable',
      intervalSeconds: 0.5,
      onRecordSent: (_nbr, sample, _time, fault) => {
        if (!fault) sent.push({ hr: sample.values.hr, temp: sample.values.temp });
      },
    });
    const station = new Station({ dbFile: join(mkdtempSync(join(tmpdir(), 'vigil-int-')), 'station.db'), devices: [{ protocol: 'ge-s5', port: pty.stationPath }], log: () => {} });
    station.start();
    cleanup.push(() => simulator.stop(), () => monitorLink.close(), () => station.stop());
    return { sent, simulator, station };
  }

  it('stores exactly the values of every record the monitor sent, in order', async () => {
    const pty = await createPtyPair();
    cleanup.push(() => pty.close());
    const { sent, simulator, station } = await setUp(pty);
    await eventually(() => expect(sent.length).toBeGreaterThanOrEqual(8));
    simulator.stop();
    await new Promise((r) => setTimeout(r, 700));
    const stored = [...station.observations.export({ params: ['hr'] })];
    expect(stored.map((o) => o.value)).toEqual(sent.map((s) => toRaw(s.hr, SCALE.rate)));
    const temps = [...station.observations.export({ params: ['temp'] })];
    expect(temps.map((o) => o.value)).toEqual(sent.map((s) => toRaw(s.temp, SCALE.temp) / SCALE.temp));
    expect(temps.every((o) => o.unit === 'Cel' && o.source === 'serial' && o.deviceTime !== undefined)).toBe(true);
    expect(station.deviceInfos()[0]!.connection.state).toBe('receiving');
  });

  it('notices a pulled cable, recovers when it is plugged back, and records the gap', async () => {
    const pty = await createPtyPair();
    cleanup.push(() => pty.close());
    const { sent, station } = await setUp(pty);
    await eventually(() => expect(sent.length).toBeGreaterThanOrEqual(3));
    await pty.unplug();
    const pulledAt = Date.now();
    await eventually(() => expect(station.deviceInfos()[0]!.connection.state).toBe('error'));
    expect(station.deviceInfos()[0]!.connection.reason).toMatch(/disconnected|not found/);
    await pty.replug();
    await eventually(() => expect([...station.observations.export({ params: ['hr'], from: pulledAt })].length).toBeGreaterThanOrEqual(2), 20_000);
    expect(station.deviceInfos()[0]!.connection.state).toBe('receiving');

    const reply = await station.dispatch('observations.trend', { params: ['hr'], from: pulledAt - 60_000, to: Date.now() + 1000 });
    expect(reply.ok).toBe(true);
    const points = (reply as { ok: true; result: { points: { t: number; v: number | null }[] }[] }).result[0]!.points;
    const gap = points.findIndex((p) => p.v === null);
    expect(gap).toBeGreaterThan(0);
    expect(points[gap - 1]!.t).toBeLessThanOrEqual(points[gap]!.t);
    expect(points.slice(gap + 1).some((p) => p.v !== null)).toBe(true);
  });
});
