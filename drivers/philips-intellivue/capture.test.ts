// Whole captures to observations: DICES logs (host time stamps) and raw frame streams (the monitor's clock).
import { describe, expect, it } from 'vitest';
import { decodePhilipsCapture, splitDicesLog } from './codec';
import { concatBytes, hasSharedFixtures, readPhilipsFile } from './test-support';

const DEMO = 'mp70_serial_demo_numerics_20140411.log';
/** The MP70 of these logs kept US Eastern daylight time (2.8: 4 h from the logger's UTC). */
const EDT = -240;

describe.skipIf(!hasSharedFixtures)('decodePhilipsCapture', () => {
  it('decodes a DICES log: logger stamps as time, the MDS clock as device time, demo values flagged', () => {
    const result = decodePhilipsCapture(readPhilipsFile(DEMO), 'mp70', 'dices-log', EDT);
    expect(result.issues).toEqual([]);
    expect(result.frames).toBe(1044);
    const hr = result.observations.filter((o) => o.param === 'hr');
    expect(hr.length).toBeGreaterThan(50);
    // First numerics: logged at 18:30:10.014 UTC; relative time 0x9FA73600 = MDS Create (14:26:23 EDT, 0x9FA6C000) + 3.776 s.
    expect(hr[0]).toMatchObject({ value: 60, status: 'demo', time: Date.UTC(2014, 3, 11, 18, 30, 10, 14), deviceTime: Date.UTC(2014, 3, 11, 18, 26, 26, 776) });
    expect(new Set(result.observations.map((o) => o.param))).toEqual(new Set(['hr', 'rr', 'spo2', 'pr', 'nibp_sys', 'nibp_dia', 'nibp_mean', 'abp_sys', 'abp_dia', 'abp_mean', 'etco2', 'temp']));
    expect(result.observations.filter((o) => o.status === 'valid')).toEqual([]);
  });

  it('decodes the same frames as a raw stream, timed by the monitor clock', () => {
    const raw = concatBytes(...splitDicesLog(readPhilipsFile(DEMO)).records.map((r) => r.bytes));
    const fromLog = decodePhilipsCapture(readPhilipsFile(DEMO), 'mp70', 'dices-log', EDT);
    const fromRaw = decodePhilipsCapture(raw, 'mp70', 'raw', EDT);
    expect(fromRaw.frames).toBe(fromLog.frames);
    expect(fromRaw.observations.map((o) => [o.param, o.value, o.status, o.deviceTime])).toEqual(fromLog.observations.map((o) => [o.param, o.value, o.status, o.deviceTime]));
    expect(fromRaw.observations.every((o) => o.time === o.deviceTime)).toBe(true);
  });

  it('keeps the Fluke simulator values valid and the absent modules not', () => {
    const { observations } = decodePhilipsCapture(readPhilipsFile('mp70_serial_fluke_sim_20140519.log'), 'mp70', 'dices-log', EDT);
    const first = (param: string) => observations.find((o) => o.param === param);
    expect(first('hr')).toMatchObject({ value: 90, status: 'valid' });
    expect(first('rr')).toMatchObject({ value: 16, status: 'valid' });
    for (const p of ['spo2', 'abp_sys', 'etco2', 'temp']) expect(first(p)).toMatchObject({ value: null, status: 'invalid' });
    expect(first('nibp_sys')).toMatchObject({ value: null, status: 'unavailable' });
  });

  it('decodes the UDP log, whose records are datagrams without serial framing', () => {
    const { observations, issues, frames } = decodePhilipsCapture(readPhilipsFile('mp70_udp_fluke_sim_20140411.log'), 'mp70', 'dices-log', EDT);
    expect(issues).toEqual([]);
    expect(frames).toBe(996);
    expect(observations.find((o) => o.param === 'hr')).toMatchObject({ value: 70, status: 'valid' });
  });
});
