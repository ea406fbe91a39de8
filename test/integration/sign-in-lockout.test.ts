// PIN lock-out on a real database file: it survives a restart, grows with each lock-out, and one window that keeps
// guessing slows only itself down, never the physician signing in at another window.
import { afterEach, describe, expect, it } from 'vitest';
import { Station } from '../../electron/station/station';
import { DEFAULT_AUTH_POLICY } from '../../electron/station/auth/policy';
import { createTestStation, PIN, TEST_STATION_START, type TestStation } from '../helpers/station';
import { MINUTE_MS } from '../../shared/time';

const { lockoutMs, maxFailedAttempts } = DEFAULT_AUTH_POLICY;

let clock = TEST_STATION_START;
const now = () => clock;
let t: TestStation;
let reopened: Station | null = null;

afterEach(async () => {
  await reopened?.stop();
  reopened = null;
  await t?.close();
});

async function signIn(station: Station, pin: string) {
  return station.dispatch('auth.signIn', { name: 'Dr Rao', pin }, station.createWindowSession());
}

/** Wrong PINs for Dr Rao, each from a window of its own (the way an account gets locked). */
async function wrongFromSeparateWindows(station: Station, count = maxFailedAttempts) {
  for (let i = 0; i < count; i++) expect(await signIn(station, '0000')).toMatchObject({ ok: false, error: { message: expect.stringMatching(/not recognised/) } });
}

const refusedFor = (reply: Awaited<ReturnType<typeof signIn>>) => (reply.ok ? 'signed in' : reply.error.message);

describe('PIN lock-out', () => {
  it('survives a station restart on the same database file', async () => {
    clock = TEST_STATION_START;
    t = await createTestStation({ now });
    await wrongFromSeparateWindows(t.station);
    expect(refusedFor(await signIn(t.station, PIN))).toBe('Too many wrong PINs for Dr Rao: try again in 5 min.');
    await t.station.stop();
    reopened = new Station({ dbFile: t.dbFile, log: () => {}, now });
    clock += lockoutMs - MINUTE_MS;
    expect(refusedFor(await signIn(reopened, PIN))).toBe('Too many wrong PINs for Dr Rao: try again in 1 min.');
    clock += MINUTE_MS;
    expect(refusedFor(await signIn(reopened, PIN))).toBe('signed in');
  });

  it('doubles the lock-out each time it is reached again, and a correct PIN starts over', async () => {
    clock = TEST_STATION_START;
    t = await createTestStation({ now });
    await wrongFromSeparateWindows(t.station);
    clock += lockoutMs;
    await wrongFromSeparateWindows(t.station);
    expect(refusedFor(await signIn(t.station, PIN))).toBe('Too many wrong PINs for Dr Rao: try again in 10 min.');
    clock += 2 * lockoutMs;
    expect(refusedFor(await signIn(t.station, PIN))).toBe('signed in');
    await wrongFromSeparateWindows(t.station);
    expect(refusedFor(await signIn(t.station, PIN))).toBe('Too many wrong PINs for Dr Rao: try again in 5 min.');
  });

  it('slows down a window that keeps guessing without locking the physician out at another window', async () => {
    clock = TEST_STATION_START;
    t = await createTestStation({ now });
    const noisy = t.station.createWindowSession();
    const guess = async (pin: string) => refusedFor(await t.station.dispatch('auth.signIn', { name: 'Dr Rao', pin }, noisy));
    for (let i = 0; i < maxFailedAttempts; i++) expect(await guess('0000')).toBe('Name or PIN not recognised.');
    for (let i = 0; i < 20; i++) expect(await guess('0000')).toBe('Too many wrong PINs from this window: try again in 5 min.');
    expect(await guess(PIN)).toMatch(/from this window/);
    clock += lockoutMs;
    for (let i = 0; i < maxFailedAttempts; i++) expect(await guess('0000')).toBe('Name or PIN not recognised.');
    expect(await guess('0000')).toBe('Too many wrong PINs from this window: try again in 10 min.');
    expect(refusedFor(await signIn(t.station, PIN))).toBe('signed in');
  });
});
