// A station on a real SQLite file in a temp folder, with signed-in windows for each role.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Station, type StationOptions } from '../../electron/station/station';
import type { ApiErrorBody, ApiInput, ApiMethod, ApiResult } from '../../shared/api/contract';
import type { WindowSession } from '../../electron/station/auth/sessions';
import { pinnedLocal } from './clock';
import { ADMIN, NURSE, PHYSICIAN, PIN, SECOND_NURSE } from './staff';

export interface TestStation {
  readonly station: Station;
  readonly dbFile: string;
  /** The station's clock (tests read this, never the wall clock). */
  now(): number;
  /** A window signed in as this member (created on first use). */
  as(name: 'admin' | 'nurse' | 'nurse2' | 'physician' | 'anonymous'): Caller;
  close(): Promise<void>;
}

export interface Caller {
  readonly session: WindowSession;
  call<M extends ApiMethod>(method: M, input: ApiInput<M>): Promise<ApiResult<M>>;
  /** The error reply, for calls that must fail. */
  fail<M extends ApiMethod>(method: M, input: unknown): Promise<ApiErrorBody>;
}

const MEMBERS = { admin: ADMIN, nurse: NURSE, nurse2: SECOND_NURSE, physician: PHYSICIAN } as const;
export { PIN };

/** A clock that starts at `start` and runs with real elapsed time (timers and grading still run). */
export function runningClockFrom(start: number): () => number {
  const started = performance.now();
  return () => start + Math.round(performance.now() - started);
}

/** Where a test station's clock starts unless a test gives `now`: 10:00 local on the pinned day. */
export const TEST_STATION_START = pinnedLocal(10, 0);

/** A station on a running clock from TEST_STATION_START; give `now` to test another moment. */
export async function createTestStation(options: Partial<StationOptions> = {}): Promise<TestStation> {
  const dbFile = join(mkdtempSync(join(tmpdir(), 'vigil-station-')), 'station.db');
  const now = options.now ?? runningClockFrom(TEST_STATION_START);
  const station = new Station({ dbFile, log: () => {}, ...options, now });
  const callers = new Map<string, Caller>();
  const makeCaller = (session: WindowSession): Caller => ({
    session,
    async call(method, input) {
      const reply = await station.dispatch(method, input, session);
      if (!reply.ok) throw new Error(`${method} failed: ${reply.error.code}: ${reply.error.message}`);
      return reply.result as never;
    },
    async fail(method, input) {
      const reply = await station.dispatch(method, input, session);
      if (reply.ok) throw new Error(`${method} unexpectedly succeeded`);
      return reply.error;
    },
  });
  const admin = makeCaller(station.createWindowSession());
  await admin.call('staff.create', { ...ADMIN, pin: PIN });
  await admin.call('auth.signIn', { name: ADMIN.name, pin: PIN });
  callers.set('admin', admin);
  for (const [key, { name, role }] of Object.entries(MEMBERS)) {
    if (key === 'admin') continue;
    await admin.call('staff.create', { name, role, pin: PIN });
    const caller = makeCaller(station.createWindowSession());
    await caller.call('auth.signIn', { name, pin: PIN });
    callers.set(key, caller);
  }
  callers.set('anonymous', makeCaller(station.createWindowSession()));
  return { station, dbFile, now, as: (name) => callers.get(name)!, close: () => station.stop() };
}
