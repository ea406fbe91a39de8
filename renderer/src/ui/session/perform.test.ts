import { describe, expect, it } from 'vitest';
import { ApiCallError } from '../../../../shared/api/contract';
import type { StaffMember } from '../../../../shared/api/methods/auth';
import { performAs, SignInCancelled, type PerformDeps, type SignInNotice } from './perform';

const kim: StaffMember = { id: 2, name: 'Nurse Kim', role: 'nurse' };
const rao: StaffMember = { id: 4, name: 'Dr Rao', role: 'physician' };

function session(options: { user: StaffMember | null; signInAs: StaffMember | null; stationSays?: StaffMember | null }) {
  let user = options.user;
  const asked: SignInNotice[] = [];
  const deps: PerformDeps = {
    current: () => user,
    requestSignIn: async (notice) => {
      asked.push(notice);
      user = options.signInAs;
      return options.signInAs;
    },
    whoami: async () => options.stationSays ?? null,
    setUser: (m) => {
      user = m;
    },
  };
  return { deps, asked, user: () => user };
}

describe('performAs: actions that need a signed-in person', () => {
  it('runs at once for the person signed in', async () => {
    const s = session({ user: kim, signInAs: null });
    await expect(performAs(s.deps, async (u) => u.name)).resolves.toBe('Nurse Kim');
    expect(s.asked).toEqual([]);
  });

  it('nobody signed in: asks first, runs as the person who signed in; closing the dialog cancels', async () => {
    const s = session({ user: null, signInAs: rao });
    await expect(performAs(s.deps, async (u) => u.role)).resolves.toBe('physician');
    expect(s.asked).toEqual([null]);
    const cancelled = session({ user: null, signInAs: null });
    let ran = false;
    await expect(performAs(cancelled.deps, async () => (ran = true))).rejects.toBeInstanceOf(SignInCancelled);
    expect(ran).toBe(false);
  });

  it('signed out by the station after inactivity: asks whoami, shows the dialog saying so, tries once more', async () => {
    const s = session({ user: kim, signInAs: kim, stationSays: null });
    let calls = 0;
    const result = await performAs(s.deps, async () => {
      calls += 1;
      if (calls === 1) throw new ApiCallError('forbidden', 'Sign in as a nurse or physician to do this.');
      return 'saved';
    });
    expect(result).toBe('saved');
    expect(calls).toBe(2);
    expect(s.asked).toEqual(['idle']);
  });

  it("signed in but not allowed: the station's words go through, no dialog", async () => {
    const s = session({ user: kim, signInAs: null, stationSays: kim });
    const refusal = new ApiCallError('forbidden', 'Only a physician may do this.');
    await expect(performAs(s.deps, async () => Promise.reject(refusal))).rejects.toBe(refusal);
    expect(s.asked).toEqual([]);
    expect(s.user()).toEqual(kim);
  });

  it('other errors are not about signing in', async () => {
    const s = session({ user: kim, signInAs: null });
    const invalid = new ApiCallError('invalid_input', 'admission.weightKg: Expected number');
    await expect(performAs(s.deps, async () => Promise.reject(invalid))).rejects.toBe(invalid);
    expect(s.asked).toEqual([]);
  });
});
