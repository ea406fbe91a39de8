import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { rateLimitedLog } from './rateLimitedLog';

describe('rateLimitedLog', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  const summary = (count: string, window: string) => `${count} more in ${window}`;

  it('writes the first lines of a window, then one line counting the rest when the window ends', () => {
    const lines: string[] = [];
    const log = rateLimitedLog((line) => lines.push(line), { linesPerWindow: 2, windowMs: 60_000, summary });
    for (let i = 1; i <= 1_206; i += 1) log(`error ${i}`);
    expect(lines).toEqual(['error 1', 'error 2']);
    vi.advanceTimersByTime(60_000);
    expect(lines).toEqual(['error 1', 'error 2', '1,204 more in the last minute']);
  });

  it('starts afresh after a window, and says nothing extra when nothing was held back', () => {
    const lines: string[] = [];
    const log = rateLimitedLog((line) => lines.push(line), { linesPerWindow: 1, windowMs: 10_000, summary });
    log('a');
    vi.advanceTimersByTime(10_000);
    log('b');
    log('c');
    vi.advanceTimersByTime(10_000);
    log('d');
    expect(lines).toEqual(['a', 'b', '1 more in the last 10 seconds', 'd']);
  });
});
