import { describe, expect, it } from 'vitest';
import { afterFailure, lockedFor, NO_FAILURES } from './backoff';
import { DEFAULT_AUTH_POLICY } from './policy';

const policy = { ...DEFAULT_AUTH_POLICY, maxFailedAttempts: 2, lockoutMs: 1_000, maxLockoutMs: 3_000 };

describe('wrong-PIN back-off', () => {
  it('locks at the limit, doubles each further lock-out and stops at the cap', () => {
    let state = afterFailure(NO_FAILURES, policy, 100);
    expect(lockedFor(state, 100)).toBe(0);
    const durations: number[] = [];
    for (let i = 0; i < 4; i++) {
      state = afterFailure(state, policy, 100);
      durations.push(lockedFor(state, 100));
      state = afterFailure(state, policy, 100);
    }
    expect(durations).toEqual([1_000, 2_000, 3_000, 3_000]);
  });
});
