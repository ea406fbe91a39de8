// Findings outside ICANS: which are delayed BCMA neurotoxicity, which are CTCAE-only, which are neither.
import { describe, expect, it } from 'vitest';
import { classifyNeuroFinding } from './neurotox';

describe('classifyNeuroFinding (§2.2, §2.5)', () => {
  it.each([
    ['parkinsonism', 'non_icans_neurotoxicity'],
    ['Micrographia', 'non_icans_neurotoxicity'],
    ['cranial_nerve_vii_palsy', 'non_icans_neurotoxicity'],
    ['cranial nerve III palsy', 'non_icans_neurotoxicity'],
    ['facial nerve palsy', 'non_icans_neurotoxicity'],
    ['Guillain-Barré syndrome', 'non_icans_neurotoxicity'],
    ['cranial_nerve_vi_palsy', 'unclassified'], // VI is an ICP sign (ICANS), recorded in icp_signs
    ['tremor', 'ctcae_only'],
    ['myoclonus', 'ctcae_only'],
    ['headache', 'ctcae_only'],
    ['intracranial_hemorrhage', 'ctcae_only'],
    ['anxious', 'unclassified'],
  ])('%s → %s', (finding, category) => expect(classifyNeuroFinding(finding).category).toBe(category));
});
