// Monitor time (2.8): BCD absolute time, relative time across the 2^32 wrap, re-basing and reboots.
import { describe, expect, it } from 'vitest';
import { absoluteTimeToUtc, DeviceClock, utcToAbsoluteTime } from './codec';
import { hexToBytes } from './test-support';

const T0 = Date.UTC(2025, 5, 1, 12, 0, 0);
const WRAP = 2 ** 32;
const ticks = (ms: number): number => ms * 8;

describe('AbsoluteTime', () => {
  it('reads BCD in the monitor zone and refuses the invalid and impossible values', () => {
    expect(absoluteTimeToUtc(hexToBytes('2014041114262300'), -240)).toBe(Date.UTC(2014, 3, 11, 18, 26, 23));
    expect(absoluteTimeToUtc(hexToBytes('2014041114262300'), 0)).toBe(Date.UTC(2014, 3, 11, 14, 26, 23));
    expect(absoluteTimeToUtc(hexToBytes('2014041114262300'), 'local')).toBe(new Date(2014, 3, 11, 14, 26, 23).getTime());
    expect(absoluteTimeToUtc(new Uint8Array(8).fill(0xff), 0)).toBeNull();
    expect(absoluteTimeToUtc(hexToBytes('2014131114262300'), 0)).toBeNull();
    expect(absoluteTimeToUtc(hexToBytes('20140411142a2300'), 0)).toBeNull();
  });

  it('writes what it reads, to the second', () => {
    for (const zone of [0, 60, -300, 'local'] as const) expect(absoluteTimeToUtc(utcToAbsoluteTime(T0 + 1234, zone), zone)).toBe(T0 + 1000);
  });
});

describe('DeviceClock', () => {
  it('maps relative time from the MDS pair at 1/8 ms', () => {
    const clock = new DeviceClock(0);
    expect(clock.toUtc(1000)).toBeNull();
    clock.update(utcToAbsoluteTime(T0, 0), 0x9fa6c000, true);
    expect(clock.toUtc(0x9fa6c000 + 8192)).toBe(T0 + 1024);
  });

  it('keeps counting through the 32-bit wrap (6.2 days), polls after polls', () => {
    const clock = new DeviceClock(0);
    const start = WRAP - ticks(3000);
    clock.update(utcToAbsoluteTime(T0, 0), start, true);
    const times = Array.from({ length: 8 }, (_, i) => clock.toUtc((start + i * 8192) % WRAP));
    expect(times).toEqual(Array.from({ length: 8 }, (_, i) => T0 + i * 1024));
    expect(clock.wraps).toBe(1);
  });

  it('survives a wrap between two MDS polls without re-basing by a second', () => {
    const clock = new DeviceClock(0);
    const start = WRAP - ticks(30_000);
    clock.update(utcToAbsoluteTime(T0, 0), start, true);
    clock.toUtc((start + ticks(20_000)) % WRAP);
    clock.update(utcToAbsoluteTime(T0 + 60_000, 0), (start + ticks(60_000)) % WRAP, false);
    expect(clock.toUtc((start + ticks(61_024)) % WRAP)).toBe(T0 + 61_024);
  });

  it('a stamp a little late is placed before the newest, not 6 days later', () => {
    const clock = new DeviceClock(0);
    clock.update(utcToAbsoluteTime(T0, 0), 0, true);
    clock.toUtc(ticks(5000));
    expect(clock.toUtc(ticks(4000))).toBe(T0 + 4000);
  });

  it('re-bases on a new MDS Create (rebooted monitor, relative time restarted) and when the clock was set', () => {
    const clock = new DeviceClock(0);
    const dayUp = ticks(86_400_000);
    clock.update(utcToAbsoluteTime(T0, 0), dayUp, true);
    expect(clock.toUtc(dayUp + ticks(10_000))).toBe(T0 + 10_000);
    // Reboot after a day up: relative time is small again; until the new MDS Create, no device time is claimed.
    expect(clock.toUtc(ticks(2000))).toBeNull();
    clock.update(utcToAbsoluteTime(T0 + 60_000, 0), ticks(2000), true);
    expect(clock.toUtc(ticks(3000))).toBe(T0 + 61_000);
    // The monitor's clock is set forward an hour: the next MDS poll moves the mapping.
    clock.update(utcToAbsoluteTime(T0 + 3_661_000, 0), ticks(4000), false);
    expect(clock.toUtc(ticks(5000))).toBe(T0 + 3_662_000);
  });
});
