// `vigil grade FILE` as a user runs it: every public vignette (public.json and public-2.json) matches its expected
// grades and flags, one JSON line each in input order with the contract's keys, under every documented configuration;
// a malformed file gets one line naming the bad field and exit 2.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runVigil } from '../helpers/cli';
import { hasSharedFixtures } from '../helpers/shared';
import { PUBLIC_VIGNETTE_FILES, PUBLIC_VIGNETTE_IDS, readVignetteFile } from '../helpers/vignettes';

const dir = mkdtempSync(join(tmpdir(), 'vigil-grade-'));

interface Expected {
  crs_grade_current: number;
  crs_grade_max: number;
  icans_grade_current: number | 'not_assessable';
  icans_grade_max: number | 'not_assessable';
  flags?: string[];
}
interface Line {
  id: string;
  crs: { current: number; max: number };
  icans: { current: number | 'not_assessable'; max: number | 'not_assessable' };
  flags: string[];
}

function write(name: string, content: unknown): string {
  const file = join(dir, name);
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
}

const minimalVignette = { id: 'V90', title: 't', timeline: [{ t_h: 1, kind: 'vitals', source: 'monitor', temp_c: 38.4 }], evaluate_at_h: 1, expected: { crs_grade_current: 1, crs_grade_max: 1, icans_grade_current: 'not_assessable', icans_grade_max: 'not_assessable' }, rationale: 'r' };

const CONFIGURATIONS = [[], ['--fever-lookback-h', '1', '--hypotension', 'sbp'], ['--fever-lookback-h', '4', '--hypotension', 'map'], ['--fever-lookback-h', '24', '--hypotension', 'either']];

describe.skipIf(!hasSharedFixtures)('vigil grade on the public vignettes', () => {
  it('covers the 20 public vignettes of both files', () => {
    const ids = PUBLIC_VIGNETTE_FILES.flatMap((file) => (readVignetteFile(file) as { vignettes: { id: string }[] }).vignettes.map((v) => v.id));
    expect(ids).toEqual(PUBLIC_VIGNETTE_IDS);
  });

  describe.each(PUBLIC_VIGNETTE_FILES.map((file) => ({ file, name: basename(file) })))('$name', ({ file }) => {
    it.each(CONFIGURATIONS.map((args) => [args.join(' ') || 'defaults', args] as const))('prints one line per vignette, in input order, each matching its expected result (%s)', async (_label, args) => {
      const { vignettes } = readVignetteFile(file) as { vignettes: { id: string; expected: Expected }[] };
      const result = await runVigil(['grade', ...args, file]);
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      const lines = result.stdout.trimEnd().split('\n');
      expect(lines).toHaveLength(vignettes.length);
      const parsed = lines.map((l) => JSON.parse(l) as Line);
      expect(parsed.map((l) => l.id)).toEqual(vignettes.map((v) => v.id));
      vignettes.forEach((v, i) => {
        const line = parsed[i]!;
        expect(Object.keys(line)).toEqual(['id', 'crs', 'icans', 'flags']);
        expect(Object.keys(line.crs)).toEqual(['current', 'max']);
        expect(Object.keys(line.icans)).toEqual(['current', 'max']);
        expect({ id: line.id, crs: line.crs, icans: line.icans }).toEqual({
          id: v.id,
          crs: { current: v.expected.crs_grade_current, max: v.expected.crs_grade_max },
          icans: { current: v.expected.icans_grade_current, max: v.expected.icans_grade_max },
        });
        expect(line.flags).toEqual(expect.arrayContaining(v.expected.flags ?? []));
      });
    });
  });
});

describe('vigil grade on other files', () => {
  it('grades a file it has never seen, flags from the vocabulary only', async () => {
    const file = write('own.json', {
      schema_version: '1.0.0',
      conventions: {},
      vignettes: [
        minimalVignette,
        { ...minimalVignette, id: 'V91', timeline: [{ t_h: 1, kind: 'vitals', source: 'monitor', temp_c: 38.4, spo2: 88 }, { t_h: 1.1, kind: 'neuro', source: 'staff', ice_total: 10, consciousness: 'alert', other_findings: ['cranial_nerve_vii_palsy'] }], evaluate_at_h: 1.2 },
      ],
    });
    const result = await runVigil(['grade', file]);
    expect(result.code).toBe(0);
    expect(result.stdout.trimEnd().split('\n')).toEqual([
      '{"id":"V90","crs":{"current":1,"max":1},"icans":{"current":"not_assessable","max":"not_assessable"},"flags":[]}',
      '{"id":"V91","crs":{"current":1,"max":1},"icans":{"current":0,"max":0},"flags":["O2_REQUIREMENT_UNDOCUMENTED","NON_ICANS_NEUROTOXICITY","CTCAE_GRADE_SEPARATELY"]}',
    ]);
  });

  it.each([
    ['a wrong type deep in a timeline', { vignettes: [minimalVignette, minimalVignette, { ...minimalVignette, timeline: [...minimalVignette.timeline, { t_h: 2, kind: 'oxygen', device: 'nasal_cannula', flow_l_min: 'six' }] }] }, /^vigil grade: vignettes\[2\]\.timeline\[1\]\.flow_l_min: expected number, received string$/],
    ['an unknown event kind', { vignettes: [{ ...minimalVignette, timeline: [{ t_h: 1, kind: 'horoscope' }] }] }, /^vigil grade: vignettes\[0\]\.timeline\[0\]\.kind: /],
    ['a missing evaluation time', { vignettes: [{ ...minimalVignette, evaluate_at_h: undefined }] }, /^vigil grade: vignettes\[0\]\.evaluate_at_h: expected number, received undefined$/],
    ['no vignettes at all', { schema_version: '1.0.0' }, /^vigil grade: vignettes: expected array, received undefined$/],
    ['a file that is not JSON', 'these are not the vignettes you are looking for\n', /^vigil grade: .*not a JSON vignette file/],
  ])('%s: one line naming the problem, exit 2', async (_name, content, message) => {
    const result = await runVigil(['grade', write(`bad-${Math.random().toString(36).slice(2)}.json`, content)]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(result.stderr.trimEnd()).toMatch(message);
  });

  it.each([
    ['a missing file', ['grade', join(dir, 'missing.json')], /^vigil grade: vignette file not found: /],
    ['no file', ['grade'], /^vigil grade: usage: vigil grade/],
    ['a look-back outside 1–24 h', ['grade', '--fever-lookback-h', '48', join(dir, 'missing.json')], /--fever-lookback-h must be a number of hours from 1 to 24/],
    ['an unknown hypotension definition', ['grade', '--hypotension', 'dbp', join(dir, 'missing.json')], /--hypotension must be one of sbp, map, either/],
  ])('%s: exit 2 with one line', async (_name, args, message) => {
    const result = await runVigil(args);
    expect(result.code).toBe(2);
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(message);
  });
});
