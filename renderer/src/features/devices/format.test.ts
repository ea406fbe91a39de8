import { describe, expect, it } from 'vitest';
import { deviceText } from './format';

const now = new Date(2025, 5, 1, 15, 0).getTime();
const at = (h: number, m: number) => new Date(2025, 5, 1, h, m).getTime();

describe('deviceText', () => {
  it('names each state', () => {
    expect(deviceText({ state: 'receiving', since: 0, lastDataAt: 1 }, now).text).toBe('Receiving');
    expect(deviceText({ state: 'connecting', since: 0, lastDataAt: null }, now).text).toBe('Connecting…');
    expect(deviceText({ state: 'waiting', since: 0, lastDataAt: null }, now).text).toBe('Waiting for the monitor…');
    expect(deviceText({ state: 'error', since: 0, lastDataAt: null, reason: 'Port /dev/ttyUSB0 not found' }, now).text).toBe(
      'Error: Port /dev/ttyUSB0 not found',
    );
  });
  it('silent or stopped after data: no data since HH:MM', () => {
    expect(deviceText({ state: 'silent', since: 0, lastDataAt: at(14, 7), reason: 'Nothing for 30 s' }, now)).toEqual({
      text: 'No data since 14:07',
      noDataSince: true,
      detail: 'Nothing for 30 s',
    });
    expect(deviceText({ state: 'stopped', since: 0, lastDataAt: at(9, 30) }, now).text).toBe('No data since 09:30');
    expect(deviceText({ state: 'stopped', since: 0, lastDataAt: null }, now)).toMatchObject({ text: 'Stopped', noDataSince: false });
  });
});
