// Sign-in, sign-out and the staff list, audited.
import type { HandlersFor } from './dispatcher';
import type { authMethods } from '../../../shared/api/methods/auth';
import { StationError } from './dispatcher';
import type { StaffRepository } from '../auth/staff';
import type { SignInThrottle } from '../auth/sessions';
import type { AuditLog } from '../repositories/audit';

export interface AuthDeps {
  readonly staff: StaffRepository;
  readonly throttle: SignInThrottle;
  readonly audit: AuditLog;
  readonly now: () => number;
  readonly transaction: <T>(work: () => T) => T;
}

export type AuthHandlers = HandlersFor<typeof authMethods>;

export function createAuthHandlers(deps: AuthDeps): AuthHandlers {
  return {
    'auth.signIn': ({ name, pin }, { session }) => {
      const locked = deps.throttle.lockedFor(name, session);
      if (locked.window > 0) throw new StationError('forbidden', `Too many wrong PINs from this window: try again in ${minutes(locked.window)} min.`);
      if (locked.account > 0) throw new StationError('forbidden', `Too many wrong PINs for ${name}: try again in ${minutes(locked.account)} min.`);
      const member = deps.staff.authenticate(name, pin);
      if (!member) {
        deps.throttle.failed(name, session);
        deps.audit.append({ staffId: null, action: 'sign_in_failed', entity: 'staff', after: { name } });
        throw new StationError('forbidden', 'Name or PIN not recognised.');
      }
      deps.throttle.succeeded(name, session);
      session?.signIn(member);
      deps.audit.append({ staffId: member.id, action: 'sign_in', entity: 'staff', entityId: member.id });
      return member;
    },
    'auth.signOut': (_input, { user, session }) => {
      if (user) deps.audit.append({ staffId: user.id, action: 'sign_out', entity: 'staff', entityId: user.id });
      session?.signOut();
      return null;
    },
    'auth.whoami': (_input, { user }) => user,
    'staff.list': () => deps.staff.list(),
    'staff.create': ({ name, role, pin }, { user }) =>
      deps.transaction(() => {
        const first = deps.staff.count() === 0;
        if (!first && user?.role !== 'admin') throw new StationError('forbidden', 'Only an administrator may add staff.');
        if (first && role !== 'admin') throw new StationError('invalid_input', 'role: the first account of a new station must be an administrator.');
        if (deps.staff.list().some((s) => s.name.toLowerCase() === name.toLowerCase())) throw new StationError('invalid_input', `name: ${name} already has an account.`);
        const member = deps.staff.create(name, role, pin, deps.now());
        deps.audit.append({ staffId: user?.id ?? member.id, action: 'create', entity: 'staff', entityId: member.id, after: { name, role } });
        return member;
      }),
  };
}

const minutes = (ms: number): number => Math.ceil(ms / 60_000);
