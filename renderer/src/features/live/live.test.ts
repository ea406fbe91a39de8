import { describe, expect, it } from 'vitest';
import type { LatestValue } from '../../../../shared/api/contract';
import type { ConnectionState } from '../../../../shared/device';
import type { VitalParam } from '../../../../shared/params';
import { clockOffsetOf } from './clock';
import { applyDeviceEvent, applyStatusDevices } from './devices';
import { buildTiles, mergeLatest, toLatest, type LatestMap } from './latest';

function lv(param: VitalParam, value: number, time: number): LatestValue {
  return { param, value, unit: 'x', time, status: 'valid', source: 'serial', device: 'S5' };
}

describe('mergeLatest', () => {
  it('keeps the newer value of each param', () => {
    let map: LatestMap = new Map();
    map = mergeLatest(map, [lv('hr', 70, 10), lv('spo2', 97, 10)]);
    map = mergeLatest(map, [lv('hr', 60, 5)]);
    expect(map.get('hr')?.value).toBe(70);
    map = mergeLatest(map, [lv('hr', 80, 20)]);
    expect(map.get('hr')?.value).toBe(80);
  });
  it('returns the same map when nothing changes', () => {
    const map = mergeLatest(new Map(), [lv('hr', 70, 10)]);
    expect(mergeLatest(map, [lv('hr', 1, 1)])).toBe(map);
  });
  it('toLatest keeps the site and drops the device clock', () => {
    const v = toLatest({ param: 'temp', value: 37, unit: 'Cel', time: 1, status: 'valid', source: 'serial', device: 'S5', site: 'core', deviceTime: 0 });
    expect(v).toEqual({ param: 'temp', value: 37, unit: 'Cel', time: 1, status: 'valid', source: 'serial', device: 'S5', site: 'core' });
  });
});

describe('buildTiles', () => {
  it('one tile per seen param, NIBP parts in one tile keyed nibp_sys', () => {
    const map = mergeLatest(new Map(), [lv('temp', 37, 1), lv('nibp_dia', 80, 1), lv('hr', 70, 1), lv('nibp_sys', 120, 1)]);
    const tiles = buildTiles(map);
    expect(tiles.map((t) => [t.kind, t.param])).toEqual([
      ['single', 'hr'],
      ['single', 'temp'],
      ['pressure', 'nibp_sys'],
    ]);
  });
  it('nothing seen, no tiles', () => {
    expect(buildTiles(new Map())).toEqual([]);
  });
});

describe('devices', () => {
  const st = (state: ConnectionState['state'], since: number): ConnectionState => ({ state, since, lastDataAt: null });
  it('keeps the newer state whichever way it arrives', () => {
    let list = applyStatusDevices([], [{ id: 1, name: 'S5', protocol: 'ge-s5', port: '/dev/ttyUSB0', settings: {}, enabled: true, connection: st('waiting', 10) }]);
    list = [...applyDeviceEvent(list, { deviceId: 1, name: 'S5', connection: st('receiving', 20) })];
    // A status reply that was already on its way carries the older state.
    list = applyStatusDevices(list, [{ id: 1, name: 'S5', protocol: 'ge-s5', port: '/dev/ttyUSB0', settings: {}, enabled: true, connection: st('waiting', 10) }]);
    expect(list[0]?.connection.state).toBe('receiving');
    list = [...applyDeviceEvent(list, { deviceId: 2, name: 'Other', connection: st('connecting', 30) })];
    expect(list.map((d) => d.id)).toEqual([1, 2]);
    expect(applyStatusDevices(list, [])).toEqual([]);
  });
});

describe('clockOffsetOf', () => {
  it('is the station clock minus the round trip midpoint, in whole ms (an odd round trip once made every trend request invalid)', () => {
    expect(clockOffsetOf(10_000, 1_000, 1_002)).toBe(9_000 - 1);
    const offset = clockOffsetOf(1_700_000_000_123, 1_700_000_000_000, 1_700_000_000_001);
    expect(Number.isInteger(offset)).toBe(true);
    expect(Math.abs(offset - 122.5)).toBeLessThanOrEqual(0.5);
    const browserClock = 1_733_300_000_000; // a browser clock reading is whole ms: the window end stays whole
    expect(Number.isInteger(browserClock + offset)).toBe(true);
  });
});
