// A station on a real SQLite file in a temp folder, with signed-in windows for each role.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Station, type StationOptions } from '../../electron/station/station';
import type { ApiInput, ApiMethod, ApiResult } from '../../shared/api/contract';
import type { WindowSession } from '../../electron/station/auth/sessions';

export interface TestStation {
  readonly station: Station;
  readonly dbFile: string;
  /** A window signed in as this member (created on first use). */
  as(name: 'admin' | 'nurse' | 'nurse2' | 'physician' | 'anonymous'): Caller;
  close(): Promise<void>;
}

export interface Caller {
  readonly session: WindowSession;
  call<M extends ApiMethod>(method: M, input: ApiInput<M>): Promise<ApiResult<M>>;
  /** The error reply, for calls that must fail. */
  fail<M extends ApiMethod>(method: M, input: unknown): Promise<{ code: string; message: string }>;
}

const ROLES = { admin: 'admin', nurse: 'nurse', nurse2: 'nurse', physician: 'physician' } as const;
export const PIN = '2468';

export async function createTestStation(options: Partial<StationOptions> = {}): Promise<TestStation> {
  const dbFile = join(mkdtempSync(join(tmpdir(), 'vigil-station-')), 'station.db');
  const station = new Station({ dbFile, log: () => {}, ...options });
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
  await admin.call('staff.create', { name: 'Admin Ward 4', role: 'admin', pin: PIN });
  await admin.call('auth.signIn', { name: 'Admin Ward 4', pin: PIN });
  callers.set('admin', admin);
  for (const [key, role] of Object.entries(ROLES)) {
    if (key === 'admin') continue;
    const name = `${key === 'nurse2' ? 'Nurse Second' : key === 'nurse' ? 'Nurse Kim' : 'Dr Rao'}`;
    await admin.call('staff.create', { name, role, pin: PIN });
    const caller = makeCaller(station.createWindowSession());
    await caller.call('auth.signIn', { name, pin: PIN });
    callers.set(key, caller);
  }
  callers.set('anonymous', makeCaller(station.createWindowSession()));
  return { station, dbFile, as: (name) => callers.get(name)!, close: () => station.stop() };
}
