// Neurological findings outside ICANS (§2.2, §2.5): delayed BCMA CAR-T neurotoxicity (parkinsonism and movement and
// neurocognitive toxicity, cranial nerve palsies other than VI, Guillain–Barré) is flagged separately and graded with
// CTCAE; tremor, myoclonus, headache and intracranial haemorrhage are CTCAE findings that never enter ICANS.
import type { ImagingEvent, NeuroAssessment } from '../events';
import type { Ordered, TimelineIndex } from '../timeline';
import { english } from '../../messages/en';
import { message, type Message } from '../../messages/message';

export type NeuroFindingCategory = 'non_icans_neurotoxicity' | 'ctcae_only' | 'unclassified';

export interface ClassifiedFinding {
  readonly finding: string;
  readonly category: NeuroFindingCategory;
  readonly label: string;
  /** The label as a message the window says in its own language (an unclassified finding is shown as documented). */
  readonly labelMessage: Message | string;
}

const normalize = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '');

// §2.2 and §2.5 [S11, S12, S14, S41–S43]: which free-text findings sit outside ICANS.
export function classifyNeuroFinding(finding: string): ClassifiedFinding {
  const s = normalize(finding);
  const classified = (category: NeuroFindingCategory, key: string, params: Record<string, string> = {}): ClassifiedFinding => {
    const labelMessage = message(`said.neurotox.${key}`, params);
    return { finding, category, label: english(labelMessage), labelMessage };
  };
  const nonIcans = (key: string, params?: Record<string, string>) => classified('non_icans_neurotoxicity', key, params);
  const ctcae = (key: string) => classified('ctcae_only', key);
  if (/parkinson|bradykinesia|micrographia|hypomimia|reduced_facial_expression|personality_change|movement_and_neurocognitive|^mnt$/.test(s)) return nonIcans('mnt');
  if (/guillain|^gbs$|^aidp$/.test(s)) return nonIcans('gbs');
  const nerve = /(?:cranial_nerve|^cn)_?([ivx]+|\d+)_(?:nerve_)?palsy/.exec(s)?.[1];
  if (nerve !== undefined && nerve !== 'vi' && nerve !== '6') return nonIcans('cranialNerve', { nerve: nerve.toUpperCase() });
  if (/facial_(nerve_)?(palsy|weakness|paralysis)|bell_?s_palsy/.test(s)) return nonIcans('facial');
  if (/tremor/.test(s)) return ctcae('tremor');
  if (/myoclonus/.test(s)) return ctcae('myoclonus');
  if (/headache/.test(s)) return ctcae('headache');
  if (/intracranial_ha?emorrhage|^ich$|cerebral_ha?emorrhage/.test(s)) return ctcae('haemorrhage');
  return { finding, category: 'unclassified', label: finding, labelMessage: finding };
}

export interface NonIcansFinding extends ClassifiedFinding {
  readonly time: number;
  readonly source: Ordered<NeuroAssessment> | Ordered<ImagingEvent>;
}

export interface NonIcansNeurotoxicity {
  /** Findings outside ICANS documented up to the evaluation time, oldest first. */
  readonly findings: readonly NonIcansFinding[];
  /** Cilta-cel carries boxed warnings for parkinsonism and GBS (§4.2): these findings matter most there. */
  readonly productNote: string | null;
  readonly productNoteMessage: Message | null;
}

export function nonIcansNeurotoxicity(ix: TimelineIndex): NonIcansNeurotoxicity {
  const findings: NonIcansFinding[] = [];
  for (const n of ix.neuro) {
    for (const f of n.event.otherFindings ?? []) {
      const c = classifyNeuroFinding(f);
      if (c.category !== 'unclassified') findings.push({ ...c, time: n.event.time, source: n });
    }
  }
  for (const i of ix.imaging) {
    if (i.event.finding === 'intracranial_hemorrhage') {
      const labelMessage = message('said.neurotox.haemorrhageImaging');
      findings.push({ finding: 'intracranial_hemorrhage', category: 'ctcae_only', label: english(labelMessage), labelMessage, time: i.event.time, source: i });
    }
  }
  findings.sort((a, b) => a.time - b.time);
  const product = ix.timeline.patient.product;
  const productNoteMessage = product === 'cilta-cel' && findings.some((f) => f.category === 'non_icans_neurotoxicity') ? message('said.neurotox.ciltaNote') : null;
  return { findings, productNote: productNoteMessage && english(productNoteMessage), productNoteMessage };
}
