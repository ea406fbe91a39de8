import { describe, expect, it } from 'vitest';
import { createDispatcher, StationError, type ApiHandlers, type CallContext } from './dispatcher';
import { DEFAULT_AUTH_POLICY } from '../auth/policy';
import { WindowSession } from '../auth/sessions';

const handlers = {
  'station.status': () => ({ stationName: 's', patient: null, devices: [], now: 1 }),
  'observations.latest': () => {
    throw new Error('disk on fire');
  },
  'observations.trend': () => {
    throw new StationError('not_found', 'No such series.');
  },
  'auth.whoami': (_input: unknown, context: CallContext) => context.user,
} as unknown as ApiHandlers;

describe('dispatcher', () => {
  const logged: string[] = [];
  const dispatch = createDispatcher(handlers, (m) => logged.push(m));

  it('calls a handler with validated input', async () => {
    expect(await dispatch('station.status', {})).toEqual({ ok: true, result: { stationName: 's', patient: null, devices: [], now: 1 } });
  });

  it('refuses unknown methods and names the bad field of invalid input', async () => {
    expect(await dispatch('drop.tables', {})).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    expect(await dispatch('__proto__', {})).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    // A method name that is a parsed object whose toString is not a function (String() of it throws).
    expect(await dispatch(JSON.parse('{"toString":1}'), {})).toEqual({ ok: false, error: { code: 'unknown_method', message: 'Unknown request "object".' } });
    const reply = await dispatch('observations.trend', { params: ['hr'], from: 'yesterday', to: 5 });
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(!reply.ok && reply.error.message).toMatch(/^from:/);
    expect(await dispatch('observations.trend', { params: ['hr'], from: 10, to: 5 })).toMatchObject({ ok: false, error: { message: expect.stringMatching(/^to:/) } });
    expect(await dispatch('station.status', { extra: 1 })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('passes deliberate errors through and hides internal ones behind a logged, readable message', async () => {
    expect(await dispatch('observations.trend', { params: ['hr'], from: 1, to: 5 })).toEqual({ ok: false, error: { code: 'not_found', message: 'No such series.' } });
    const reply = await dispatch('observations.latest', {});
    expect(reply).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(reply)).not.toMatch(/disk on fire/);
    expect(logged.join('\n')).toMatch(/disk on fire/);
  });

  it('passes the signed-in member to handlers and forgets them after the idle time', async () => {
    let now = 0;
    const session = new WindowSession({ ...DEFAULT_AUTH_POLICY, idleSignOutMs: 1000 }, () => now);
    session.signIn({ id: 3, name: 'Nurse Kim', role: 'nurse' });
    now = 900;
    expect(await dispatch('auth.whoami', {}, session)).toEqual({ ok: true, result: { id: 3, name: 'Nurse Kim', role: 'nurse' } });
    now = 950;
    session.touch(); // a staff action
    now = 1900;
    expect(await dispatch('auth.whoami', {}, session)).toMatchObject({ result: { id: 3 } });
    now = 2000; // the public call at 1900 (like the live screen's polling) did not keep the nurse signed in
    expect(await dispatch('auth.whoami', {}, session)).toEqual({ ok: true, result: null });
  });
});
