// Wrong-PIN counting with a lock-out that doubles each time it is reached, shared by accounts and window sessions.
import type { AuthPolicy } from './policy';

export interface BackoffState {
  readonly failures: number;
  /** How many lock-outs since the last success: the next one lasts twice as long, up to the cap. */
  readonly lockouts: number;
  readonly lockedUntil: number;
}

export const NO_FAILURES: BackoffState = { failures: 0, lockouts: 0, lockedUntil: 0 };

export function lockedFor(state: BackoffState, now: number): number {
  return Math.max(0, state.lockedUntil - now);
}

/** The state after one more wrong PIN: reaching the limit locks for lockoutMs × 2^(earlier lock-outs), capped. */
export function afterFailure(state: BackoffState, policy: AuthPolicy, now: number): BackoffState {
  const failures = state.failures + 1;
  if (failures < policy.maxFailedAttempts) return { ...state, failures };
  const duration = Math.min(policy.lockoutMs * 2 ** state.lockouts, policy.maxLockoutMs);
  return { failures: 0, lockouts: state.lockouts + 1, lockedUntil: now + duration };
}
