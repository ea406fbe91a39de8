// Runs an action as a signed-in person: asks for a sign-in first when nobody is signed in; when the station
// refuses (it signs people out after inactivity), asks it who is signed in and, if nobody is any more, asks for a
// sign-in (saying why) and tries once more. Pure: the window's session state is injected.
import { ApiCallError } from '../../../../shared/api/contract';
import type { StaffMember } from '../../../../shared/api/methods/auth';

/** The person closed the sign-in dialog: the action was not done, and nothing needs saying. */
export class SignInCancelled extends Error {
  constructor() {
    super('Sign-in cancelled');
    this.name = 'SignInCancelled';
  }
}

export type SignInNotice = 'idle' | null;

export interface PerformDeps {
  /** Who this window believes is signed in. */
  current(): StaffMember | null;
  /** Shows the sign-in dialog; null when it was closed without signing in. */
  requestSignIn(notice: SignInNotice): Promise<StaffMember | null>;
  whoami(): Promise<StaffMember | null>;
  setUser(member: StaffMember | null): void;
}

export async function performAs<T>(deps: PerformDeps, action: (user: StaffMember) => Promise<T>): Promise<T> {
  const first = deps.current() ?? (await deps.requestSignIn(null));
  if (first === null) throw new SignInCancelled();
  try {
    return await action(first);
  } catch (error) {
    if (!(error instanceof ApiCallError) || error.code !== 'forbidden') throw error;
    const who = await deps.whoami().catch(() => deps.current());
    deps.setUser(who);
    if (who !== null) throw error; // signed in, but not allowed: the station's words say why
    const again = await deps.requestSignIn('idle');
    if (again === null) throw new SignInCancelled();
    return action(again);
  }
}
