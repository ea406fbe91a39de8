// `vigil decode` on the real GE captures in ../shared reproduces the expected decodes.
import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runVigil } from '../helpers/cli';
import { hasSharedFixtures, SHARED_FIXTURES } from '../helpers/shared';

const GE = join(SHARED_FIXTURES, 'monitor-captures/ge-datex-s5');

interface ExpectedSub {
  class: number;
  time: number;
  HR?: number | string;
  T?: [number, number | string, string][];
}
interface ExpectedFile {
  records: { r_time: number; subs: ExpectedSub[] }[];
}

describe.skipIf(!hasSharedFixtures)('vigil decode --protocol ge-s5 on the reference captures', () => {
  it('decodes every CARESCAPE frame to one JSON line per observation, as expected', async () => {
    const expected = JSON.parse(readFileSync(join(GE, 'expected/vscapturewave_S5Rawoutput.expected.json'), 'utf8')) as ExpectedFile;
    const result = await runVigil(['decode', '--protocol', 'ge-s5', join(GE, 'vscapturewave_S5Rawoutput.raw')]);
    expect(result.code).toBe(0);
    const lines = result.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    for (const line of lines) expect(Object.keys(line)).toEqual(expect.arrayContaining(['param', 'value', 'unit', 'time', 'status', 'source', 'device']));
    const temps = lines.filter((l) => l.param === 'temp' && l.status === 'valid');
    expect(temps).toHaveLength(expected.records.length);
    expected.records.forEach((record, i) => {
      const basic = record.subs.find((s) => s.class === 0)!;
      const [, value] = basic.T![0]!;
      expect(temps[i]).toMatchObject({ value, unit: 'Cel', time: new Date(record.r_time * 1000).toISOString(), source: 'serial' });
    });
    const hr = lines.filter((l) => l.param === 'hr');
    expect(hr).toHaveLength(expected.records.length);
    expect(hr.every((l) => l.value === null && l.status === 'invalid')).toBe(true);
    expect(result.stderr).toMatch(/21 frames, 0 skipped/);
  });

  it('reports a frame that fails its checksum on stderr, skips it and decodes the rest', async () => {
    const bytes = readFileSync(join(GE, 'vscapturewave_S5Rawoutput.raw'));
    const corrupted = Buffer.from(bytes);
    corrupted[200] = corrupted[200]! ^ 0x01; // inside the first record's data
    const file = join(mkdtempSync(join(tmpdir(), 'vigil-decode-')), 'corrupt.raw');
    writeFileSync(file, corrupted);
    const result = await runVigil(['decode', '--protocol', 'ge-s5', file]);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/skipped a frame \(checksum\)/);
    expect(result.stderr).toMatch(/21 frames, 1 skipped/);
    const temps = result.stdout.trim().split('\n').filter((l) => l.includes('"temp"'));
    expect(temps).toHaveLength(20);
  });

  it('decodes the framed LNhealth S/5 record: invasive ART pressure and three temperatures', async () => {
    const result = await runVigil(['decode', '--protocol', 'ge-s5', join(GE, 'lnhealth_s5_displ_record_framed_DERIVED.bin')]);
    expect(result.code).toBe(0);
    const lines = result.stdout.trim().split('\n').map((l) => JSON.parse(l) as { param: string; value: number | null; status: string });
    expect(lines.find((l) => l.param === 'abp_sys')).toMatchObject({ value: 9, status: 'valid' });
    expect(lines.filter((l) => l.param === 'temp' && l.status === 'valid').map((l) => l.value)).toEqual([18, 27.07, 16.85]);
    expect(lines.find((l) => l.param === 'hr')).toMatchObject({ value: 0, status: 'valid' });
  });
});
