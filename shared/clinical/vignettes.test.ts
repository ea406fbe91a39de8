// Every public vignette (../shared/fixtures/vignettes/public.json and public-2.json, read at run time) through the
// engine API, under the nine configurations the rules document checks (fever look-back 1/4/24 h × hypotension by
// SBP/MAP/either). The vignette file format's validation errors name the bad field.
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasSharedFixtures } from '../../test/helpers/shared';
import { PUBLIC_VIGNETTE_FILES, PUBLIC_VIGNETTE_IDS, readVignetteFile } from '../../test/helpers/vignettes';
import type { HypotensionDefinition } from './config';
import { gradeVignette, vignetteLine, vignetteToTimeline } from './vignette';
import { describeVignetteError, vignetteFileSchema } from './vignetteSchema';
import { HOUR_MS } from '../time';

const files = PUBLIC_VIGNETTE_FILES.map((path) => ({ name: basename(path), vignettes: vignetteFileSchema.parse(readVignetteFile(path)).vignettes }));
const all = files.flatMap((f) => f.vignettes.map((v) => [`${f.name} ${v.id}`, v] as const));
if (!hasSharedFixtures) console.warn('*** vignette acceptance tests SKIPPED: ../shared/fixtures is absent ***');

const CONFIGS = [1, 4, 24].flatMap((lookback) => (['sbp', 'map', 'either'] as HypotensionDefinition[]).map((definition) => ({ lookback, definition })));

describe.skipIf(!hasSharedFixtures)('public vignettes through the engine API', () => {
  it('the files hold the 20 public vignettes', () => {
    expect(files.map((f) => f.name)).toEqual(['public.json', 'public-2.json']);
    expect(all.map(([, v]) => v.id)).toEqual(PUBLIC_VIGNETTE_IDS);
  });

  describe.each(CONFIGS)('fever look-back $lookback h, hypotension by $definition', ({ lookback, definition }) => {
    it.each(all)('%s grades as expected', (_id, v) => {
      const result = gradeVignette(v, { feverLookbackMs: lookback * HOUR_MS, hypotension: { definition } });
      const line = vignetteLine(v.id, result);
      const e = v.expected!;
      expect({ crs: line.crs, icans: line.icans }).toEqual({ crs: { current: e.crs_grade_current, max: e.crs_grade_max }, icans: { current: e.icans_grade_current, max: e.icans_grade_max } });
      expect(line.flags).toEqual(expect.arrayContaining(e.flags ?? []));
    });
  });

  it.each(all)('%s: the derived values agree and every grade explains itself', (_id, v) => {
    const r = gradeVignette(v);
    const d = (v.expected?.derived_at_evaluation ?? {}) as Record<string, unknown>;
    if ('fever_basis' in d) expect(r.crs.domains.feverBasis).toBe(d.fever_basis);
    if ('hypotension_level' in d) expect(r.crs.domains.hypotensionLevel).toBe(d.hypotension_level);
    if ('hypoxia_level' in d) expect(r.crs.domains.hypoxiaLevel).toBe(d.hypoxia_level);
    if ('pressor_count_excl_vasopressin' in d) expect(r.crs.domains.pressorCountExclVasopressin).toBe(d.pressor_count_excl_vasopressin);
    if ('vasopressin_active' in d) expect(r.crs.domains.vasopressinActive).toBe(d.vasopressin_active);
    if ('ice_total' in d) expect(r.icans.domains.iceTotal).toBe(d.ice_total);
    if ('consciousness_level' in d) expect(r.icans.domains.consciousnessLevel).toBe(d.consciousness_level);
    if ('motor_level' in d) expect(r.icans.domains.motorLevel).toBe(d.motor_level);
    if ('seizure_level' in d) expect(r.icans.domains.seizureLevel).toBe(d.seizure_level);
    if ('icp_level' in d) expect(r.icans.domains.icpLevel).toBe(d.icp_level);
    expect(r.crs.explanation).toMatch(new RegExp(`^Grade ${r.crs.current}: .*\\(rule [\\w-]+ v\\d+\\)$`));
    expect(r.icans.explanation).toMatch(/\(rule [\w-]+ v\d+\)$/);
    for (const f of r.flags) expect(f.evidence.length, f.code).toBeGreaterThan(0);
  });

  it('maps vitals to confirmed readings, hours to ms and keeps the patient baseline', () => {
    const v15 = all.find(([, v]) => v.id === 'V15')![1];
    const t = vignetteToTimeline(v15);
    expect(t.patient.baselineO2).toEqual({ device: 'room_air' });
    expect(t.events.find((e) => e.kind === 'vital' && e.param === 'spo2' && e.value === 88)).toMatchObject({ time: 180.6 * HOUR_MS, source: 'monitor', confirmed: true, unit: '%' });
  });
});

describe('the vignette file format', () => {
  const minimal = { vignettes: [{ id: 'V99', timeline: [{ t_h: 1, kind: 'vitals', source: 'monitor', temp_c: 38.2 }], evaluate_at_h: 1 }] };
  const error = (json: unknown) => {
    const r = vignetteFileSchema.safeParse(json);
    return r.success ? 'valid' : describeVignetteError(r.error);
  };

  it('accepts a minimal file and grades it', () => {
    const parsed = vignetteFileSchema.parse(minimal);
    expect(vignetteLine('V99', gradeVignette(parsed.vignettes[0]!))).toEqual({ id: 'V99', crs: { current: 1, max: 1 }, icans: { current: 'not_assessable', max: 'not_assessable' }, flags: [] });
  });

  it.each([
    [{}, 'vignettes: expected array, received undefined'],
    [{ vignettes: [] }, 'vignettes: Too small: expected array to have >=1 items'],
    [{ vignettes: [{ ...minimal.vignettes[0], evaluate_at_h: '1' }] }, 'vignettes[0].evaluate_at_h: expected number, received string'],
    [{ vignettes: [{ ...minimal.vignettes[0], timeline: [{ t_h: 1, kind: 'oxygen', device: 'nasal_cannula', flow_l_min: 'six' }] }] }, 'vignettes[0].timeline[0].flow_l_min: expected number, received string'],
    [{ vignettes: [{ ...minimal.vignettes[0], timeline: [{ t_h: 1, kind: 'telepathy' }] }] }, /^vignettes\[0\]\.timeline\[0\]\.kind: Invalid discriminator value/],
    [{ vignettes: [{ ...minimal.vignettes[0], timeline: [{ t_h: 1, kind: 'vasopressor', drug: 'norepinephrine' }] }] }, /^vignettes\[0\]\.timeline\[0\]\.action: /],
    [{ vignettes: [{ ...minimal.vignettes[0], timeline: [{ t_h: 1, kind: 'neuro', ice_items: { orientation: 5 } }] }] }, /^vignettes\[0\]\.timeline\[0\]\.ice_items\.orientation: Too big/],
    [{ vignettes: [{ ...minimal.vignettes[0], id: 'case one' }] }, 'vignettes[0].id: expected an id like "V01"'],
  ])('%j → %s', (json, message) => {
    if (typeof message === 'string') expect(error(json)).toBe(message);
    else expect(error(json)).toMatch(message);
  });
});
