// `vigil decode --protocol philips-intellivue` on the reference logs (read at run time from ../shared), in both formats.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runVigil } from '../helpers/cli';
import { hasSharedFixtures, SHARED_FIXTURES } from '../helpers/shared';

const DIR = join(SHARED_FIXTURES, 'monitor-captures/philips-intellivue');
const STAMP = /\d{4}\/\d{2}\/\d{2}T\d{2}:\d{2}:\d{2},\d{3}/g;

interface Line {
  param: string;
  value: number | null;
  unit: string;
  time: string;
  status: string;
  source: string;
  device: string;
  site?: string;
  deviceTime?: string;
}
interface Expected {
  file: string;
  messages_decoded: number;
  first_numeric_polls: { host_ts: string; values: { physio_id: string; state: string; value: number | string }[] }[];
}

const lines = (stdout: string): Line[] => stdout.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as Line);
const expectedFiles = hasSharedFixtures ? readdirSync(join(DIR, 'expected')) : [];
const tmp = mkdtempSync(join(tmpdir(), 'vigil-philips-decode-'));

/** The serial log's frames without the logger's stamps: a raw wire capture. */
function rawStreamOf(log: string): string {
  const text = readFileSync(join(DIR, log)).toString('latin1');
  const file = join(tmp, log.replace('.log', '.raw'));
  writeFileSync(file, Buffer.from(text.replace(STAMP, ''), 'latin1'));
  return file;
}

describe.skipIf(!hasSharedFixtures)('vigil decode --protocol philips-intellivue', () => {
  it.each(expectedFiles)('--format dices-log decodes %s: every message, the expected first heart rate, status by state', async (name) => {
    const expected = JSON.parse(readFileSync(join(DIR, 'expected', name), 'utf8')) as Expected;
    const result = await runVigil(['decode', '--protocol', 'philips-intellivue', '--format', 'dices-log', join(DIR, expected.file)]);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(`${expected.messages_decoded} frames, 0 skipped`);
    const out = lines(result.stdout);
    for (const l of out) expect(Object.keys(l)).toEqual(expect.arrayContaining(['param', 'value', 'unit', 'time', 'status', 'source', 'device']));
    const poll = expected.first_numeric_polls.find((p) => p.values.some((v) => v.physio_id === '0x4182'))!;
    const hr = poll.values.find((v) => v.physio_id === '0x4182')!;
    const [date, clock] = poll.host_ts.split('T');
    const firstHr = out.find((l) => l.param === 'hr')!;
    expect(firstHr.time).toBe(`${date!.replace(/\//g, '-')}T${clock!.replace(',', '.')}Z`);
    expect(firstHr.value).toBe(hr.value);
    expect(firstHr.status).toBe(hr.state === '0x0400' ? 'demo' : 'valid');
    expect(firstHr.deviceTime).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(out.filter((l) => l.status !== 'valid' && l.status !== 'demo' && l.status !== 'questionable').every((l) => l.value === null)).toBe(true);
  });

  it('decodes the same frames as a raw stream (the default format), timed by the monitor clock', async () => {
    const logged = await runVigil(['decode', '--protocol', 'philips-intellivue', '--format', 'dices-log', join(DIR, 'mp70_serial_fluke_sim_20140519.log')]);
    const raw = await runVigil(['decode', '--protocol', 'philips-intellivue', rawStreamOf('mp70_serial_fluke_sim_20140519.log')]);
    expect(raw.code).toBe(0);
    expect(raw.stderr).toContain('816 frames, 0 skipped');
    const a = lines(logged.stdout);
    const b = lines(raw.stdout);
    expect(b.map((l) => [l.param, l.value, l.status, l.deviceTime])).toEqual(a.map((l) => [l.param, l.value, l.status, l.deviceTime]));
    expect(b.every((l) => l.time === l.deviceTime)).toBe(true);
  });

  it('reports a frame that fails its FCS on stderr, skips it and decodes the rest', async () => {
    const file = rawStreamOf('mp70_serial_demo_numerics_20140411.log');
    const bytes = readFileSync(file);
    bytes[0x400] = bytes[0x400]! ^ 0x01;
    writeFileSync(file, bytes);
    const result = await runVigil(['decode', '--protocol', 'philips-intellivue', file]);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/skipped a frame \((checksum|truncated|malformed)\)/);
    expect(result.stderr).toMatch(/1044 frames, 1 skipped|104\d frames, [12] skipped/);
  });

  it('refuses a format the protocol does not have, and a file that is not a capture', async () => {
    const ge = await runVigil(['decode', '--protocol', 'ge-s5', '--format', 'dices-log', join(DIR, 'mp70_serial_fluke_sim_20140519.log')]);
    expect(ge.code).toBe(2);
    expect(ge.stderr).toMatch(/--format must be one of raw for ge-s5/);
    const notes = join(tmp, 'notes.txt');
    writeFileSync(notes, 'shift handover notes\n');
    const bad = await runVigil(['decode', '--protocol', 'philips-intellivue', '--format', 'dices-log', notes]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/not a .*capture: no frames found/);
  });
});
