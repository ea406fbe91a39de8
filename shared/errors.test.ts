import { describe, expect, it } from 'vitest';
import { errorDetail, errorMessage } from './errors';
import { DAY_MS, HOUR_MS, MINUTE_MS, SECOND_MS } from './time';

describe('errorMessage', () => {
  it('reads an Error by its message and anything else by its string form', () => {
    expect(errorMessage(new TypeError('bad port'))).toBe('bad port');
    expect(errorMessage('plain text')).toBe('plain text');
    expect(errorMessage(42)).toBe('42');
    expect(errorMessage(undefined)).toBe('undefined');
  });
});

describe('errorDetail', () => {
  it('gives the stack of an Error that has one, else its message, and anything else by its string form', () => {
    const withStack = new RangeError('out of range');
    expect(errorDetail(withStack)).toBe(withStack.stack);
    expect(errorDetail(withStack)).toMatch(/^RangeError: out of range\n\s+at /);
    const withoutStack = new Error('no stack');
    withoutStack.stack = undefined;
    expect(errorDetail(withoutStack)).toBe('no stack');
    expect(errorDetail({ toString: () => 'thrown object' })).toBe('thrown object');
  });
});

describe('time constants', () => {
  it('are consistent multiples of one another', () => {
    expect(MINUTE_MS).toBe(60 * SECOND_MS);
    expect(HOUR_MS).toBe(3_600_000);
    expect(DAY_MS).toBe(86_400_000);
  });
});
