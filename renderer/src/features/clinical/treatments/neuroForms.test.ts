// The neuro form against the engine: standing motor and ICP findings are asked about again ("still present?"), an
// unanswered question leaves them standing, "no longer present" documents them absent, and the level of consciousness
// is required when ICANS can only be read from it.
import { describe, expect, it } from 'vitest';
import type { StandingFindingView } from '../../../../../shared/clinical/engine';
import type { ClinicalEvent } from '../../../../../shared/clinical/events';
import { grade, h, neuro } from '../../../../../shared/clinical/test-support';
import { toDateTimeLocal } from '../../../ui/form/datetime';
import type { Converted } from '../../../ui/form/result';
import type { DocumentedEvent } from '../../../../../shared/api/methods/clinical';
import { allCorrectIceItems, emptyIceItems, iceTotal } from './ice';
import { askedFindings, convertNeuro, documentedDomains, emptyNeuro, type NeuroValues } from './neuroForms';

const NOW = h(82);
const ALL_ICE = allCorrectIceItems();
/** A routine ICE check: 10/10, alert, nothing else touched. */
const routine: NeuroValues = { ...emptyNeuro(toDateTimeLocal(NOW)), iceMode: 'items', items: ALL_ICE, consciousness: 'alert' };

const standing = (...findings: StandingFindingView['finding'][]): StandingFindingView[] => findings.map((finding) => ({ finding, documentedAt: h(80.5), since: h(80.5), baseline: false }));

function recorded(c: Converted<DocumentedEvent>): ClinicalEvent {
  if (!c.ok) throw new Error(`refused: ${JSON.stringify(c.errors)}`);
  return { ...c.value, source: 'staff' } as ClinicalEvent;
}

const hemiparesis = neuro(80.5, { ice: { form: 'total', total: 9 }, consciousness: 'alert', deepFocalMotorWeakness: true });
const papilledema = neuro(80.5, { consciousness: 'alert', icpSigns: ['papilledema', 'cushing_triad'] });

describe('neuro form: findings that stand are asked about again', () => {
  it('a routine ICE check that leaves "still present?" unanswered keeps a hemiparesis standing (ICANS 4)', () => {
    const motor = standing('deep_focal_motor_weakness');
    const event = recorded(convertNeuro(routine, NOW, motor));
    expect(event).not.toHaveProperty('deepFocalMotorWeakness');
    expect(grade([hemiparesis, event], 82).icans).toMatchObject({ current: 4, domains: { motorLevel: 4 } });
  });

  it('"no longer present" sends deepFocalMotorWeakness: false and the motor domain stops grading', () => {
    const motor = standing('deep_focal_motor_weakness');
    const event = recorded(convertNeuro({ ...routine, stillPresent: { deep_focal_motor_weakness: 'no' } }, NOW, motor));
    expect(event).toMatchObject({ deepFocalMotorWeakness: false });
    expect(grade([hemiparesis, event], 82).icans).toMatchObject({ current: 0, domains: { motorLevel: 0, standing: [] } });
    expect(recorded(convertNeuro({ ...routine, stillPresent: { deep_focal_motor_weakness: 'yes' } }, NOW, motor))).toMatchObject({ deepFocalMotorWeakness: true });
  });

  it('ICP signs go as one list: answering one asks for every standing sign; "no" for all sends []', () => {
    const signs = standing('papilledema', 'cushing_triad');
    const partial = convertNeuro({ ...routine, stillPresent: { papilledema: 'no' } }, NOW, signs);
    expect(partial).toEqual({ ok: false, errors: { 'stillPresent.cushing_triad': { code: 'choose' } } });
    const oneLeft = recorded(convertNeuro({ ...routine, stillPresent: { papilledema: 'no', cushing_triad: 'yes' } }, NOW, signs));
    expect(oneLeft).toMatchObject({ icpSigns: ['cushing_triad'] });
    expect(grade([papilledema, oneLeft], 82).icans.domains.standing.map((s) => s.finding)).toEqual(['cushing_triad']);
    const none = recorded(convertNeuro({ ...routine, stillPresent: { papilledema: 'no', cushing_triad: 'no' } }, NOW, signs));
    expect(none).toMatchObject({ icpSigns: [] });
    expect(grade([papilledema, none], 82).icans).toMatchObject({ current: 0, domains: { icpLevel: 0, standing: [] } });
  });

  it('a new sign ticked beside standing ones needs them answered, and is added to the list', () => {
    const signs = standing('papilledema');
    expect(convertNeuro({ ...routine, icpSigns: ['cranial_nerve_vi_palsy'] }, NOW, signs)).toMatchObject({ ok: false, errors: { 'stillPresent.papilledema': { code: 'choose' } } });
    const both = recorded(convertNeuro({ ...routine, icpSigns: ['cranial_nerve_vi_palsy'], stillPresent: { papilledema: 'yes' } }, NOW, signs));
    expect(both).toMatchObject({ icpSigns: ['papilledema', 'cranial_nerve_vi_palsy'] });
  });

  it('only motor and ICP findings are asked about; standing imaging is shown, not asked', () => {
    expect(askedFindings(standing('focal_edema', 'deep_focal_motor_weakness', 'papilledema'))).toEqual(['deep_focal_motor_weakness', 'papilledema']);
  });
});

describe('neuro form: level of consciousness and what the check documents', () => {
  const required = { ok: false, errors: { consciousness: { text: 'required when the ICE total is 0 or the ICE could not be done' } } };

  it('is required when the ICE total is 0', () => {
    expect(convertNeuro({ ...routine, items: emptyIceItems(), consciousness: '' }, NOW)).toEqual(required);
  });

  it('is required when the ICE could not be done', () => {
    expect(convertNeuro({ ...routine, iceMode: 'notAssessable', notAssessableReason: 'intubated', consciousness: '' }, NOW)).toEqual(required);
  });

  it('may be left out of an ICE check with a score; the earlier level then stands', () => {
    const event = recorded(convertNeuro({ ...routine, consciousness: '' }, NOW));
    expect(event).not.toHaveProperty('consciousness');
    const earlier = neuro(81, { consciousness: 'awakens_to_voice' });
    expect(grade([earlier, event], 82).icans).toMatchObject({ current: 2, domains: { iceLevel: 0, consciousnessLevel: 2 } });
  });

  it('a check that documents nothing asks for the level of consciousness', () => {
    expect(convertNeuro({ ...routine, iceMode: 'none', consciousness: '' }, NOW)).toEqual({ ok: false, errors: { consciousness: { code: 'choose' } } });
    expect(convertNeuro({ ...routine, iceMode: 'none', consciousness: '', deepFocalMotorWeakness: true }, NOW)).toMatchObject({ ok: true });
  });

  it('names the domains this check documents, as the engine reads them', () => {
    const motor = standing('deep_focal_motor_weakness');
    expect(documentedDomains(routine, motor)).toEqual(['ice', 'consciousness']);
    expect(documentedDomains({ ...routine, stillPresent: { deep_focal_motor_weakness: 'no' } }, motor)).toEqual(['ice', 'consciousness', 'motor']);
    expect(documentedDomains({ ...routine, iceMode: 'notAssessable', consciousness: '', icpSigns: ['papilledema'] }, [])).toEqual(['ice', 'icp']);
    expect(documentedDomains(emptyNeuro(''), [])).toEqual([]);
  });
});

describe('ICE: the "all 10 correct" shortcut, then an item overridden', () => {
  it('ticks all ten items; unticking one gives 9/10 and records that item as missed', () => {
    expect(iceTotal(allCorrectIceItems())).toBe(10);
    const items = { ...allCorrectIceItems(), countsBackwards: false };
    expect(iceTotal(items)).toBe(9);
    const event = recorded(convertNeuro({ ...routine, items }, NOW));
    expect(event).toMatchObject({ kind: 'neuro', ice: { form: 'items', items: { countsBackwards: false, writesSentence: true } } });
  });
});
