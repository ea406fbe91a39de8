// How long a window stays signed in and how wrong PINs lock an account or a window out.
import { HOUR_MS, MINUTE_MS } from '../../../shared/time';

export interface AuthPolicy {
  /** Sign-out after this long without a request from the window. */
  readonly idleSignOutMs: number;
  /** Wrong PINs before a lock-out, counted per account (once per window session) and per window session. */
  readonly maxFailedAttempts: number;
  /** The first lock-out; each further one without a success in between lasts twice as long. */
  readonly lockoutMs: number;
  /** The longest a lock-out grows to. */
  readonly maxLockoutMs: number;
}

/** maxLockoutMs (new): doubling from 5 min stops at 1 h so a locked-out physician is never kept out for longer. */
export const DEFAULT_AUTH_POLICY: AuthPolicy = { idleSignOutMs: 5 * MINUTE_MS, maxFailedAttempts: 5, lockoutMs: 5 * MINUTE_MS, maxLockoutMs: HOUR_MS };
