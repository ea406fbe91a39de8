// Who is signed in on each window: a quick PIN sign-in for a shared bedside workstation, with
// automatic sign-out after inactivity and a lock-out after repeated wrong PINs.
import type { StaffMember } from '../../../shared/api/methods/auth';
import { afterFailure, lockedFor, NO_FAILURES, type BackoffState } from './backoff';
import { nameKey, type LockoutStore } from './lockouts';
import type { AuthPolicy } from './policy';

/** One per window (IPC) or WebSocket connection. */
export class WindowSession {
  private member: StaffMember | null = null;
  private lastActivity = 0;
  /** Wrong PINs entered in this window, whatever the name: one window alone is slowed down here. */
  signInFailures: BackoffState = NO_FAILURES;
  /** Accounts this window has counted its one wrong PIN against since their last sign-in here. */
  readonly failedNames = new Set<string>();

  constructor(
    private readonly policy: AuthPolicy,
    private readonly now: () => number,
  ) {}

  /** The signed-in member, or null once the idle time has passed (then the session is signed out). */
  get user(): StaffMember | null {
    if (this.member && this.now() - this.lastActivity > this.policy.idleSignOutMs) this.member = null;
    return this.member;
  }

  /** A request from the window counts as activity. */
  touch(): void {
    if (this.user) this.lastActivity = this.now();
  }

  signIn(member: StaffMember): void {
    this.member = member;
    this.lastActivity = this.now();
  }

  signOut(): void {
    this.member = null;
  }
}

/**
 * Slows PIN guessing without letting one window keep an account locked for everyone: a window is locked after
 * maxFailedAttempts wrong PINs of its own; an account after wrong PINs from maxFailedAttempts different windows.
 */
export class SignInThrottle {
  constructor(
    private readonly policy: AuthPolicy,
    private readonly now: () => number,
    private readonly accounts: LockoutStore,
  ) {}

  /** How long this window, then this account, must wait before another try (0: try now). */
  lockedFor(name: string, session: WindowSession | null): { window: number; account: number } {
    return { window: session ? lockedFor(session.signInFailures, this.now()) : 0, account: lockedFor(this.accounts.get(name), this.now()) };
  }

  failed(name: string, session: WindowSession | null): void {
    if (session) {
      session.signInFailures = afterFailure(session.signInFailures, this.policy, this.now());
      // A window counts once against an account, so a stream of guesses from it cannot lock the account.
      if (session.failedNames.has(nameKey(name))) return;
      session.failedNames.add(nameKey(name));
    }
    this.accounts.set(name, afterFailure(this.accounts.get(name), this.policy, this.now()));
  }

  succeeded(name: string, session: WindowSession | null): void {
    this.accounts.clear(name);
    if (!session) return;
    session.signInFailures = NO_FAILURES;
    session.failedNames.delete(nameKey(name));
  }
}
