import { describe, expect, it } from 'vitest';
import type { ProtocolInfo } from '../../../../shared/api/methods/devices';
import type { DeviceInfo } from '../../../../shared/device';
import { convertDevice, deviceValues, emptyDevice, settingSpecs } from './deviceForm';
import { applyStateEvent } from './merge';
import { deviceStatus } from './status';

const philips: ProtocolInfo = { protocol: 'philips-intellivue', title: 'Philips IntelliVue', line: '115200 baud, 8 data bits, none parity, 1 stop bit', defaultSettings: {} };
const NOW = new Date(2026, 0, 15, 14, 30).getTime();

describe('device form', () => {
  it('checks name, protocol and port, and fills the protocol settings from their defaults', () => {
    expect(convertDevice(emptyDevice(), [])).toEqual({ ok: false, errors: { name: { code: 'required' }, protocol: { code: 'choose' }, port: { code: 'required' } } });
    expect(convertDevice({ ...emptyDevice(), name: 'B', protocol: 'ge-s5', port: '/dev/ttyUSB0' }, [])).toMatchObject({ ok: false, errors: { name: { code: 'tooShort' } } });
    const specs = settingSpecs('philips-intellivue', philips);
    expect(specs.map((s) => s.key)).toEqual(['baudRate']);
    expect(convertDevice({ ...emptyDevice(), name: ' Bed 4 monitor ', protocol: 'philips-intellivue', port: ' /tmp/station ' }, specs)).toEqual({
      ok: true,
      value: { name: 'Bed 4 monitor', protocol: 'philips-intellivue', port: '/tmp/station', settings: { baudRate: 115200 } },
    });
  });

  it('types settings like their defaults; the station may name more settings', () => {
    const withExtra: ProtocolInfo = { ...philips, protocol: 'ge-s5', defaultSettings: { intervalSeconds: 10, label: 'x', verbose: false } };
    const specs = settingSpecs('ge-s5', withExtra);
    expect(specs.map((s) => [s.key, s.default])).toEqual([
      ['intervalSeconds', 10],
      ['label', 'x'],
      ['verbose', false],
    ]);
    const base = { ...emptyDevice(), name: 'Bed 4', protocol: 'ge-s5' as const, port: '/dev/ttyS0' };
    expect(convertDevice({ ...base, settings: { intervalSeconds: 'abc' } }, specs)).toEqual({ ok: false, errors: { 'settings.intervalSeconds': { code: 'number' } } });
    expect(convertDevice({ ...base, settings: { intervalSeconds: '0' } }, specs)).toMatchObject({ ok: false, errors: { 'settings.intervalSeconds': { code: 'tooSmall' } } });
    expect(convertDevice({ ...base, settings: { intervalSeconds: '7', verbose: 'true' } }, specs)).toMatchObject({ ok: true, value: { settings: { intervalSeconds: 7, label: 'x', verbose: true } } });
  });

  it('edits keep the id and the stored settings', () => {
    const device: DeviceInfo = { id: 3, name: 'Bed 4', protocol: 'philips-intellivue', port: '/dev/ttyUSB1', settings: { baudRate: 19200 }, enabled: true, connection: { state: 'receiving', since: 1, lastDataAt: 1 } };
    const values = deviceValues(device);
    expect(convertDevice(values, settingSpecs('philips-intellivue', philips))).toEqual({
      ok: true,
      value: { id: 3, name: 'Bed 4', protocol: 'philips-intellivue', port: '/dev/ttyUSB1', settings: { baudRate: 19200 } },
    });
  });
});

describe('device status', () => {
  it('says what the connection is doing and since when nothing came', () => {
    const at1405 = new Date(2026, 0, 15, 14, 5).getTime();
    expect(deviceStatus({ state: 'receiving', since: NOW, lastDataAt: NOW }, true, NOW)).toMatchObject({ state: 'Receiving', noDataSince: null, tone: 'ok' });
    expect(deviceStatus({ state: 'silent', since: NOW, lastDataAt: at1405, reason: 'The monitor has stopped sending data' }, true, NOW)).toEqual({
      state: 'Silent since 14:05',
      noDataSince: 'No data since 14:05',
      reason: 'The monitor has stopped sending data',
      tone: 'bad',
    });
    expect(deviceStatus({ state: 'error', since: NOW, lastDataAt: at1405, reason: 'port disconnected' }, true, NOW)).toMatchObject({
      state: 'Error: port disconnected',
      noDataSince: 'No data since 14:05',
    });
    expect(deviceStatus({ state: 'waiting', since: NOW, lastDataAt: null }, true, NOW)).toMatchObject({ noDataSince: null, tone: 'waiting' });
    expect(deviceStatus({ state: 'stopped', since: NOW, lastDataAt: null }, false, NOW).state).toBe('Disconnected');
  });

  it('a state event updates its device unless it is older; unknown devices wait for the next list', () => {
    const device: DeviceInfo = { id: 1, name: 'Bed 4', protocol: 'ge-s5', port: '/dev/x', settings: {}, enabled: true, connection: { state: 'waiting', since: 10, lastDataAt: null } };
    const list = [device];
    const next = applyStateEvent(list, { deviceId: 1, name: 'Bed 4', connection: { state: 'receiving', since: 20, lastDataAt: 20, demo: true } });
    expect(next[0]!.connection).toMatchObject({ state: 'receiving', demo: true });
    expect(applyStateEvent(list, { deviceId: 1, name: 'Bed 4', connection: { state: 'error', since: 5, lastDataAt: null } })).toBe(list);
    expect(applyStateEvent(list, { deviceId: 9, name: 'Other', connection: { state: 'error', since: 50, lastDataAt: null } })).toBe(list);
  });
});
