// Every flag: when it is raised, that it explains itself with evidence, and how it maps to the vignette vocabulary.
import { describe, expect, it } from 'vitest';
import { FLAG_CODES, VIGNETTE_FLAGS, vocabularyFlags } from './flags';
import { fever, grade, h, ice, imaging, low, neuro, o2, paracetamol, temp, tocilizumab, vital } from './test-support';

describe('flags', () => {
  it('map onto exactly the vocabulary of the vignette schema', () => {
    expect(VIGNETTE_FLAGS).toEqual(['FEVER_MASKED', 'O2_REQUIREMENT_UNDOCUMENTED', 'HYPOTENSION_WITHOUT_FEVER', 'ATTRIBUTED_TO_OTHER_CAUSE', 'ICE_NOT_ASSESSABLE', 'NON_ICANS_NEUROTOXICITY', 'CTCAE_GRADE_SEPARATELY']);
    for (const v of Object.values(FLAG_CODES)) if (v !== null) expect(VIGNETTE_FLAGS).toContain(v);
  });

  it.each([
    ['FEVER_MASKED', () => grade([fever(10), tocilizumab(11), o2(11, 'nasal_cannula', 2), temp(40, 37), o2(40, 'bipap')], 40, { feverLookbackMs: h(4) })],
    ['O2_REQUIREMENT_UNDOCUMENTED', () => grade([fever(10), vital(10.5, 'spo2', 88)], 10.5)],
    ['HYPOTENSION_WITHOUT_FEVER', () => grade([paracetamol(-0.75, 'premedication'), low(2)], 2.5)],
    ['ICE_NOT_ASSESSABLE', () => grade([neuro(10, { iceNotAssessableReason: 'intubated', consciousness: 'unarousable' })], 10)],
    ['NON_ICANS_NEUROTOXICITY', () => grade([ice(500, 10, 'alert', { otherFindings: ['cranial_nerve_vii_palsy'] })], 501, {}, { product: 'cilta-cel' })],
    ['CTCAE_GRADE_SEPARATELY', () => grade([ice(50, 10, 'alert', { otherFindings: ['tremor'] })], 50)],
    ['CTCAE_GRADE_SEPARATELY', () => grade([imaging(50, 'intracranial_hemorrhage')], 50)],
  ] as const)('%s is raised, explained and carries evidence', (code, run) => {
    const r = run();
    const f = r.flags.find((x) => x.code === code);
    expect(f, JSON.stringify(r.flags.map((x) => x.code))).toBeDefined();
    expect(f!.vocabulary).toBe(code);
    expect(f!.explanation.length).toBeGreaterThan(20);
    expect(f!.evidence.length).toBeGreaterThan(0);
    expect(f!.evidence.every((e) => e.items.length > 0 && /\(rule [\w-]+ v\d+\)$/.test(e.text))).toBe(true);
    expect(vocabularyFlags(r.flags)).toContain(code);
  });

  it('FEVER_MASKED is not raised while a fever is measured now', () => {
    const r = grade([fever(10), tocilizumab(10.5), fever(11)], 11);
    expect(r.flags.map((f) => f.code)).not.toContain('FEVER_MASKED');
  });

  it('HYPOTENSION_WITHOUT_FEVER after premedication also asks for review of the premedication (§7.3)', () => {
    const r = grade([paracetamol(-0.75, 'premedication'), low(2)], 2.5);
    expect(r.flags.find((f) => f.code === 'PREMEDICATION_ANTIPYRETIC_REVIEW')?.explanation).toMatch(/does not switch on the masked-fever rule/);
  });

  it('non-ICANS neurotoxicity is flagged separately with the cilta-cel note, never in the ICANS grade', () => {
    const r = grade([ice(500, 10, 'alert', { otherFindings: ['cranial_nerve_vii_palsy', 'micrographia'] })], 501, {}, { product: 'cilta-cel' });
    expect(r.icans.current).toBe(0);
    expect(r.flags.find((f) => f.code === 'NON_ICANS_NEUROTOXICITY')?.explanation).toMatch(/cranial nerve VII palsy.*movement and neurocognitive.*cilta-cel/);
    expect(vocabularyFlags(r.flags)).toEqual(['NON_ICANS_NEUROTOXICITY', 'CTCAE_GRADE_SEPARATELY']);
  });
});
