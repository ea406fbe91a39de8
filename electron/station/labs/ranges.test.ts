// labs.siteRanges against a real data folder: no file, a site's file, a bad file (said once on the log, defaults kept).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createLabRangeHandlers, SITE_LAB_RANGES_FILE } from './ranges';

function setup() {
  const file = join(mkdtempSync(join(tmpdir(), 'vigil-ranges-')), SITE_LAB_RANGES_FILE);
  const log: string[] = [];
  const handlers = createLabRangeHandlers({ file, log: (line) => log.push(line) });
  const ranges = () => handlers['labs.siteRanges']({}, {} as never);
  return { file, log, ranges };
}

describe('labs.siteRanges', () => {
  it('without a file: the defaults; with one: the site ranges, read again on each call', async () => {
    const { file, log, ranges } = setup();
    await expect(Promise.resolve(ranges())).resolves.toMatchObject({ from: 'defaults', problem: null });
    writeFileSync(file, JSON.stringify({ ranges: [{ code: 'ferritin', low: 30, high: 400, source: 'Ward 4 lab' }] }));
    const site = await Promise.resolve(ranges());
    expect(site.from).toBe('file');
    expect(site.ranges.find((r) => r.code === 'ferritin')).toEqual({ code: 'ferritin', low: 30, high: 400, source: 'Ward 4 lab' });
    expect(log).toEqual([]);
  });

  it('a bad file keeps the defaults and is said once on the station log', async () => {
    const { file, log, ranges } = setup();
    writeFileSync(file, JSON.stringify({ ranges: [{ code: 'ferritin', low: 400, high: 30, source: 'x' }] }));
    const first = await Promise.resolve(ranges());
    await Promise.resolve(ranges());
    expect(first).toMatchObject({ from: 'defaults', problem: expect.stringMatching(/lab-ranges\.json, ranges\.0\.high: low must be below high; the default ranges are used/) });
    expect(first.ranges.find((r) => r.code === 'ferritin')).toMatchObject({ low: 15, high: 200 });
    expect(log).toEqual([`vigil: ${first.problem}`]);
  });
});
