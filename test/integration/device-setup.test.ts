// Device setup through the API on a real database and a real pty: add, receive, disconnect, reconnect,
// persist across a station restart, remove; the serial-port listing never fails (no udev here).
import { afterEach, describe, expect, it } from 'vitest';
import { createPtyPair } from '../helpers/pty';
import { eventually } from '../helpers/cli';
import { createTestStation, type TestStation } from '../helpers/station';
import { Station } from '../../electron/station/station';
import { ReconnectingSerialLink } from '../../drivers/transport/serial';
import { GeS5Simulator } from '../../drivers/ge-s5/simulator';

describe('device setup API', () => {
  const cleanup: (() => unknown)[] = [];
  afterEach(async () => {
    for (const step of cleanup.reverse()) await step();
    cleanup.length = 0;
  });

  it('adds a monitor, receives its data, disconnects and reconnects it, keeps it across a restart, removes it', async () => {
    const pty = await createPtyPair();
    const monitorLink = new ReconnectingSerialLink({ path: pty.monitorPath, baudRate: 19200, parity: 'even' }, { opened: () => {}, lost: () => {} });
    monitorLink.start();
    const simulator = new GeS5Simulator(monitorLink, { scenario: 'stable', intervalSeconds: 0.5 });
    cleanup.push(() => pty.close(), () => monitorLink.close(), () => simulator.stop());
    let t: TestStation | null = await createTestStation();
    cleanup.push(() => t?.close());
    const nurse = t.as('nurse');

    expect((await t.as('anonymous').fail('devices.save', { name: 'Bed 4 monitor', protocol: 'ge-s5', port: pty.stationPath })).code).toBe('forbidden');
    const bad = await nurse.fail('devices.save', { name: 'B', protocol: 'acme', port: '' });
    expect(bad.message).toMatch(/name: .*protocol: .*port: choose or type the serial port/);

    const device = await nurse.call('devices.save', { name: 'Bed 4 monitor', protocol: 'ge-s5', port: pty.stationPath, settings: {} });
    await eventually(async () => expect((await nurse.call('devices.list', {}))[0]!.connection.state).toBe('receiving'));
    expect(t.station.observations.count('hr')).toBeGreaterThan(0);

    const off = await nurse.call('devices.disconnect', { id: device.id });
    expect(off).toMatchObject({ enabled: false, connection: { state: 'stopped' } });
    const countAfterStop = t.station.observations.count('hr');
    await new Promise((r) => setTimeout(r, 1200));
    expect(t.station.observations.count('hr')).toBe(countAfterStop);
    await nurse.call('devices.connect', { id: device.id });
    await eventually(async () => expect((await nurse.call('devices.list', {}))[0]!.connection.state).toBe('receiving'));

    // The setup lives in the database: a restarted station connects the device by itself.
    const dbFile = t.dbFile;
    await t.close();
    t = null;
    const restarted = new Station({ dbFile, log: () => {} });
    cleanup.push(() => restarted.stop());
    restarted.start();
    await eventually(() => expect(restarted.deviceInfos()[0]).toMatchObject({ name: 'Bed 4 monitor', connection: { state: 'receiving' } }));
    const history = restarted.audit.history('device', device.id).map((a) => a.action);
    expect(history).toEqual(['create', 'disconnect', 'connect']);
  });

  it('lists serial ports or says plainly why it cannot, and lists the protocols', async () => {
    const t = await createTestStation();
    cleanup.push(() => t.close());
    const ports = await t.as('anonymous').call('devices.serialPorts', {});
    expect(Array.isArray(ports.ports)).toBe(true);
    if (ports.ports.length === 0 && ports.unavailableReason) expect(ports.unavailableReason).toMatch(/type the port path/);
    const protocols = await t.as('anonymous').call('devices.protocols', {});
    expect(protocols.map((p) => p.protocol)).toContain('ge-s5');
    expect(protocols.find((p) => p.protocol === 'ge-s5')!.line).toMatch(/19200 baud, 8 data bits, even parity/);
  });

  it('removes a device: it stops and disappears, its history stays', async () => {
    const t = await createTestStation();
    cleanup.push(() => t.close());
    const nurse = t.as('nurse');
    const device = await nurse.call('devices.save', { name: 'Spare monitor', protocol: 'ge-s5', port: '/dev/does-not-exist', settings: {} });
    await eventually(async () => expect((await nurse.call('devices.list', {}))[0]!.connection).toMatchObject({ state: 'error', reason: expect.stringMatching(/not found/) }));
    await nurse.call('devices.remove', { id: device.id });
    expect(await nurse.call('devices.list', {})).toEqual([]);
    expect(t.station.audit.history('device', device.id).map((a) => a.action)).toEqual(['create', 'remove']);
  });
});
