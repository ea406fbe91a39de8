import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { floodLog, rateLimitedLog } from './rateLimitedLog';

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

  it('floodLog: five lines a minute for one kind of line, then how many more there were', () => {
    const lines: string[] = [];
    const log = floodLog((line) => lines.push(line), 'vigil', 'frames dropped');
    for (let i = 1; i <= 1_209; i += 1) log(`vigil: GE: dropped a frame ${i}`);
    vi.advanceTimersByTime(60_000);
    expect(lines).toEqual([1, 2, 3, 4, 5].map((i) => `vigil: GE: dropped a frame ${i}`).concat('vigil: 1,204 more frames dropped in the last minute (not logged one by one)'));
  });
});
