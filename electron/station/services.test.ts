import { describe, expect, it } from 'vitest';
import { ServiceBoard } from './services';

function board() {
  let t = 1_000;
  const lines: string[] = [];
  const b = new ServiceBoard(() => t, (line) => lines.push(line));
  return { b, lines, at: (ms: number) => (t = ms) };
}

describe('ServiceBoard', () => {
  it('shows a service as listening from when it was added', () => {
    const { b } = board();
    b.add({ kind: 'hl7', address: '127.0.0.1:2575', logName: 'vigil: hl7: the MLLP listener' });
    expect(b.list()).toEqual([{ kind: 'hl7', address: '127.0.0.1:2575', listening: true, since: 1_000 }]);
  });

  it('a loss is shown with its reason and logged in one escaped line; failed retries keep the first time; recovery is shown and logged', () => {
    const { b, lines, at } = board();
    const change = b.add({ kind: 'web', address: '127.0.0.1:8080', logName: 'vigil web: the web server' });
    at(5_000);
    change({ listening: false, error: new Error('accept EMFILE\nforged line'), retryInMs: 1_000 });
    at(6_000);
    change({ listening: false, error: new Error('listen EADDRINUSE'), retryInMs: 2_000 });
    const [web] = b.list();
    expect(web).toMatchObject({ kind: 'web', listening: false, since: 5_000 });
    expect(web!.reason).toMatch(/^Error: listen EADDRINUSE/);
    expect(lines[0]).toMatch(/^vigil web: the web server failed: Error: accept EMFILE\\u\{a\}forged line .*; listening again on 127\.0\.0\.1:8080 in 1000 ms$/);
    expect(lines).toHaveLength(2);
    at(8_000);
    change({ listening: true });
    expect(b.list()).toEqual([{ kind: 'web', address: '127.0.0.1:8080', listening: true, since: 8_000 }]);
    expect(lines[2]).toBe('vigil web: the web server: listening again on 127.0.0.1:8080');
  });

  it('forgets a service closed on purpose, and ignores its late changes', () => {
    const { b, lines } = board();
    const change = b.add({ kind: 'hl7', address: '127.0.0.1:2575', logName: 'vigil: hl7: the MLLP listener' });
    b.remove('hl7', '127.0.0.1:2575');
    change({ listening: false, error: new Error('late'), retryInMs: 1 });
    expect(b.list()).toEqual([]);
    expect(lines).toEqual([]);
  });
});
