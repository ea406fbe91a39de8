// Who is signed in on each window: a quick PIN sign-in for a shared bedside workstation, with
// automatic sign-out after inactivity and a lock-out after repeated wrong PINs.
import type { StaffMember } from '../../../shared/api/methods/auth';

export interface AuthPolicy {
  /** Sign-out after this long without a request from the window. */
  readonly idleSignOutMs: number;
  readonly maxFailedAttempts: number;
  readonly lockoutMs: number;
}

export const DEFAULT_AUTH_POLICY: AuthPolicy = { idleSignOutMs: 5 * 60_000, maxFailedAttempts: 5, lockoutMs: 5 * 60_000 };

/** One per window (IPC) or WebSocket connection. */
export class WindowSession {
  private member: StaffMember | null = null;
  private lastActivity = 0;

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

/** Counts wrong PINs per name: a PIN is short, so guessing must be slow. */
export class SignInThrottle {
  private readonly failures = new Map<string, { count: number; lockedUntil: number }>();

  constructor(
    private readonly policy: AuthPolicy,
    private readonly now: () => number,
  ) {}

  lockedFor(name: string): number {
    const f = this.failures.get(name.toLowerCase());
    return f && f.lockedUntil > this.now() ? f.lockedUntil - this.now() : 0;
  }

  failed(name: string): void {
    const key = name.toLowerCase();
    const f = this.failures.get(key) ?? { count: 0, lockedUntil: 0 };
    f.count += 1;
    if (f.count >= this.policy.maxFailedAttempts) {
      f.lockedUntil = this.now() + this.policy.lockoutMs;
      f.count = 0;
    }
    this.failures.set(key, f);
  }

  succeeded(name: string): void {
    this.failures.delete(name.toLowerCase());
  }
}
