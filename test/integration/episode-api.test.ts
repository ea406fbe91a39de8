// The CAR-T episode record through the API on a real database: admission, checklist, sign-off, infusion,
// overrides, corrections and the audit trail; bad input refused with the field named and nothing half-written.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { createTestStation, TEST_STATION_START, type TestStation } from '../helpers/station';
import { localIsoDay } from '../helpers/clock';
import type { Admission } from '../../shared/episode/records';
import { english } from '../../shared/messages/en';

const admission: Admission = {
  mrn: 'MRN-0042',
  name: 'Ada Lovelace',
  birthDate: '1961-12-10',
  sex: 'female',
  weightKg: 70,
  heightCm: 168,
  allergies: 'penicillin',
  diagnosis: 'Multiple myeloma',
  baselineOxygen: { kind: 'room_air' },
  productCode: 'cilta-cel',
  treatingPhysician: 'Dr Rao',
};

/** The test station's clock starts here: the checklist's dates and the infusion's times count from it. */
const NOW = TEST_STATION_START;
const isoDay = (offset: number) => localIsoDay(NOW, offset);

async function completeChecklist(t: TestStation, lastLymphodepletionOffset = -3) {
  const nurse = t.as('nurse');
  await nurse.call('checklist.record', { item: 'lymphodepletion', data: { regimen: 'Flu/Cy', fludarabineMgPerM2: 30, cyclophosphamideMgPerM2: 300, days: [isoDay(lastLymphodepletionOffset - 2), isoDay(lastLymphodepletionOffset - 1), isoDay(lastLymphodepletionOffset)] } });
  await nurse.call('checklist.record', { item: 'infection_screening', data: { result: 'negative', date: isoDay(-6), activeInfection: false, notes: '' } });
  await nurse.call('checklist.record', { item: 'cns_evaluation', data: { historyOfCnsDisease: false, assessmentDone: true, decision: 'proceed', physicianName: 'Dr Rao', notes: '' } });
  await nurse.call('checklist.record', { item: 'seizure_prophylaxis', data: { given: true, drug: 'Levetiracetam', doseMg: 500, frequency: 'BID', startDate: isoDay(0) } });
  await nurse.call('checklist.record', { item: 'baseline', data: { time: NOW - 3600_000, source: 'manual', hr: 78, sbp: 124, dbp: 72, spo2: 98, rr: 14, tempC: 36.7, iceScore: 10 } });
}

const infusion = (cells = 0.75e6 * 70) => ({
  productCode: 'cilta-cel',
  lot: 'LOT-7781',
  bagIds: ['BAG-1'],
  secondVerifier: 'Nurse Second',
  cellsInfused: cells,
  premedications: [{ drug: 'Paracetamol', kind: 'paracetamol' as const, dose: '1 g PO', time: NOW - 45 * 60_000 }],
  startTime: NOW - 20 * 60_000,
  endTime: NOW - 5 * 60_000,
  vitals: [],
  reaction: { occurred: false, description: '' },
});

describe('episode record API', () => {
  let t: TestStation;
  beforeEach(async () => {
    t = await createTestStation();
  });
  afterEach(async () => t.close());

  it('runs a whole admission: admit, checklist, two sign-offs, infusion sets Day 0, discharge', async () => {
    const nurse = t.as('nurse');
    const admitted = await nurse.call('episode.admit', { admission });
    expect(admitted.checklist.state.missing).toHaveLength(5);
    expect(admitted.infusionTime).toBeNull();
    await completeChecklist(t);
    expect((await nurse.fail('infusion.record', { infusion: infusion() })).message).toMatch(/signed off by a nurse and a physician/);
    await nurse.call('checklist.signOff', {});
    const signed = await t.as('physician').call('checklist.signOff', {});
    expect(signed.checklist.signOffs).toMatchObject({ nurse: { by: 'Nurse Kim', current: true }, physician: { by: 'Dr Rao', current: true } });
    const infused = await nurse.call('infusion.record', { infusion: infusion() });
    expect(infused.infusionTime).toBe(infused.infusion!.entry.data.startTime);
    expect(infused.infusion!.doseCheck.withinRule).toBe(true);
    expect((await t.as('anonymous').call('station.status', {})).patient).toMatchObject({ mrn: 'MRN-0042' });
    await nurse.call('episode.discharge', { reason: 'Day +14, observation period complete' });
    expect(await nurse.call('episode.current', {})).toBeNull();
    // A later episode of the same patient is a new episode.
    const again = await nurse.call('episode.admit', { admission });
    expect(again.episodeId).not.toBe(admitted.episodeId);
    expect(again.checklist.state.missing).toHaveLength(5);
  });

  it('enforces roles in the station core, not only in the window', async () => {
    expect((await t.as('anonymous').fail('episode.admit', { admission })).code).toBe('forbidden');
    expect((await t.as('admin').fail('episode.admit', { admission })).message).toMatch(/nurse or physician/);
    await t.as('nurse').call('episode.admit', { admission });
    expect((await t.as('nurse').fail('checklist.record', { item: 'timing_override', data: { reason: 'Resolving diarrhoea' } })).message).toMatch(/Only a physician/);
    expect((await t.as('nurse').fail('products.create', { product: {} })).code).toBe('forbidden');
  });

  it('holds the infusion for an active infection, a CNS postponement, and timing outside the window until a physician overrides', async () => {
    const nurse = t.as('nurse');
    await nurse.call('episode.admit', { admission });
    await completeChecklist(t, -6); // d = 6: after cilta-cel's window (d = 2–5), so a physician's reason is needed
    let view = await nurse.call('episode.current', {});
    expect(view!.checklist.state.blockers.join(' ')).toMatch(/after the window/);
    expect((await nurse.fail('checklist.signOff', {})).message).toMatch(/cannot be signed off yet/);
    await t.as('physician').call('checklist.record', { item: 'timing_override', data: { reason: 'Infusion delayed for grade 2 mucositis, now resolved' } });
    await nurse.call('checklist.record', { item: 'infection_screening', data: { result: 'positive', date: isoDay(-1), activeInfection: true, notes: 'CMV' } });
    view = await nurse.call('episode.current', {});
    expect(view!.checklist.state.blockers).toEqual([expect.stringMatching(/Active infection/)]);
    await nurse.call('checklist.record', { item: 'infection_screening', data: { result: 'negative', date: isoDay(0), activeInfection: false, notes: '' } });
    await nurse.call('checklist.record', { item: 'cns_evaluation', data: { historyOfCnsDisease: true, assessmentDone: true, decision: 'postpone', physicianName: 'Dr Rao', notes: 'MRI pending' } });
    expect((await nurse.call('episode.current', {}))!.checklist.state.blockers).toEqual([expect.stringMatching(/postponed by Dr Rao/)]);
    await nurse.call('checklist.record', { item: 'cns_evaluation', data: { historyOfCnsDisease: true, assessmentDone: true, decision: 'proceed', physicianName: 'Dr Rao', notes: 'MRI clear' } });
    expect((await nurse.call('episode.current', {}))!.checklist.state.readyForSignOff).toBe(true);
  });

  it('holds the infusion for a baseline from the monitor at 39.7 °C, BP 81/46 until a physician acknowledges it (audited: who, when, why)', async () => {
    const nurse = t.as('nurse');
    await nurse.call('episode.admit', { admission });
    await completeChecklist(t);
    await nurse.call('checklist.record', { item: 'baseline', data: { time: NOW - 1800_000, source: 'monitor', hr: 126, sbp: 81, dbp: 46, spo2: 97, rr: 18, tempC: 39.7, iceScore: 10 } });
    let view = await nurse.call('episode.current', {});
    expect(view!.checklist.state).toMatchObject({ readyForSignOff: false, warnings: [] });
    expect(view!.checklist.state.blockers).toEqual([expect.stringMatching(/^Baseline temperature 39\.7 °C: fever/), expect.stringMatching(/^Baseline systolic blood pressure 81 mmHg: hypotension/)]);
    expect((await nurse.fail('checklist.signOff', {})).message).toMatch(/cannot be signed off yet: Baseline temperature 39\.7 °C/);
    const acknowledgement = { findings: ['fever', 'hypotension'] as ('fever' | 'hypotension')[], reason: 'Fever and BP reviewed at the bedside: infusion proceeds' };
    const refused = await nurse.fail('checklist.record', { item: 'baseline_acknowledgement', data: acknowledgement });
    expect(refused).toMatchObject({ code: 'forbidden', message: 'Only a physician may acknowledge a baseline outside the thresholds.' });
    const before = t.now();
    view = await t.as('physician').call('checklist.record', { item: 'baseline_acknowledgement', data: acknowledgement });
    const after = t.now();
    expect(view.checklist.state).toMatchObject({ blockers: [], readyForSignOff: true });
    expect(view.checklist.state.warnings).toEqual([expect.stringMatching(/fever \(≥ 38\.0 °C\), acknowledged by a physician: Fever and BP reviewed/), expect.stringMatching(/hypotension \(< 90 mmHg\), acknowledged by a physician/)]);
    const entry = view.checklist.entries.baseline_acknowledgement!;
    expect(entry).toMatchObject({ recordedBy: 'Dr Rao', recordedByRole: 'physician' });
    expect(entry.recordedAt).toBeGreaterThanOrEqual(before);
    expect(entry.recordedAt).toBeLessThanOrEqual(after);
    const audit = await nurse.call('audit.history', { entity: 'entry', entityId: entry.id });
    expect(audit).toEqual([expect.objectContaining({ staffName: 'Dr Rao', action: 'create', time: entry.recordedAt, reason: acknowledgement.reason, after: acknowledgement })]);
  });

  it('accepts an out-of-range dose only from a physician with a reason', async () => {
    await t.as('nurse').call('episode.admit', { admission });
    await completeChecklist(t);
    await t.as('nurse').call('checklist.signOff', {});
    await t.as('physician').call('checklist.signOff', {});
    const tooHigh = infusion(1.2e6 * 70);
    const refused = await t.as('nurse').fail('infusion.record', { infusion: tooHigh });
    expect(refused.message).toMatch(/^infusion.cellsInfused: .*above the product range.*override/);
    // The same words as a message, for a window in another language: the English above is rendered from it.
    expect(refused.said).toMatchObject({ key: 'said.dose.overrideNeeded', params: { check: { key: 'said.dose.above' } } });
    expect(`infusion.cellsInfused: ${english(refused.said!)}`).toBe(refused.message);
    expect((await t.as('nurse').fail('infusion.record', { infusion: { ...tooHigh, doseOverrideReason: 'Only product available' } })).message).toMatch(/Only a physician/);
    const view = await t.as('physician').call('infusion.record', { infusion: { ...tooHigh, secondVerifier: 'Nurse Kim', doseOverrideReason: 'Manufacturer release out of spec, accepted per protocol' } });
    expect(view.infusion!.doseCheck.withinRule).toBe(false);
    const audit = await t.as('nurse').call('audit.history', { entity: 'entry', entityId: view.infusion!.entry.id });
    expect(audit[0]).toMatchObject({ staffName: 'Dr Rao', action: 'create', reason: expect.stringMatching(/out of spec/) });
  });

  it('corrections supersede and keep the history, and invalidate a sign-off that covered the old entry', async () => {
    const nurse = t.as('nurse');
    await nurse.call('episode.admit', { admission });
    await completeChecklist(t);
    await nurse.call('checklist.signOff', {});
    const before = await nurse.call('episode.current', {});
    const baseline = before!.checklist.entries.baseline!;
    const corrected = await nurse.call('entry.correct', { entryId: baseline.id, data: { ...(baseline.data as object), hr: 82 }, reason: 'Transcription error, HR was 82' });
    expect((corrected.checklist.entries.baseline!.data as { hr: number }).hr).toBe(82);
    expect(corrected.checklist.entries.baseline!.supersedes).toBe(baseline.id);
    expect(corrected.checklist.signOffs.nurse!.current).toBe(false);
    expect((await nurse.fail('entry.correct', { entryId: baseline.id, data: baseline.data, reason: 'again please' })).message).toMatch(/already been corrected/);
    const history = await nurse.call('audit.history', { entity: 'entry' });
    const correction = history.find((h) => h.action === 'correct')!;
    expect(correction).toMatchObject({ staffName: 'Nurse Kim', before: { hr: 78 }, after: { hr: 82 }, reason: 'Transcription error, HR was 82' });
    const db = new Database(t.dbFile, { readonly: true });
    expect(db.prepare("SELECT count(*) FROM episode_entries WHERE kind = 'baseline'").pluck().get()).toBe(2);
    db.close();
  });

  it('refuses bad input with the field named, and writes nothing', async () => {
    const nurse = t.as('nurse');
    const bad = await nurse.fail('episode.admit', { admission: { ...admission, weightKg: 'seventy' } });
    expect(bad).toMatchObject({ code: 'invalid_input', message: expect.stringMatching(/^admission\.weightKg:/) });
    expect((await nurse.fail('episode.admit', { admission: { ...admission, birthDate: '10/12/1961' } })).message).toMatch(/admission\.birthDate: a date as YYYY-MM-DD/);
    expect((await nurse.fail('episode.admit', { admission: { ...admission, productCode: 'nope-cel' } })).message).toMatch(/unknown product/);
    expect(await nurse.call('episode.current', {})).toBeNull();
    await nurse.call('episode.admit', { admission });
    expect((await nurse.fail('episode.admit', { admission: { ...admission, mrn: 'OTHER' } })).message).toMatch(/is admitted to this station/);
    const switched = await nurse.call('episode.admit', { admission: { ...admission, mrn: 'OTHER', name: 'Grace Hopper' }, replaceOpenEpisode: { reason: 'Bed reassigned by the charge nurse' } });
    expect(switched.patient.mrn).toBe('OTHER');
    const audit = await nurse.call('audit.history', { entity: 'episode' });
    expect(audit.map((a) => a.action)).toEqual(['admit', 'switch_patient', 'admit']);
  });

  it('locks a name out after repeated wrong PINs', async () => {
    const window = t.as('anonymous');
    for (let i = 0; i < 5; i++) expect((await window.fail('auth.signIn', { name: 'Nurse Kim', pin: '0000' })).message).toMatch(/not recognised/);
    expect((await window.fail('auth.signIn', { name: 'Nurse Kim', pin: '2468' })).message).toMatch(/Too many wrong PINs/);
  });
});

describe('one moment per action', () => {
  // A clock that moves 1 ms at every read: an action that read it twice would stamp its entry and its audit line apart.
  let reads = 0;
  let t: TestStation;
  beforeEach(async () => {
    reads = 0;
    t = await createTestStation({ now: () => NOW + reads++ });
  });
  afterEach(async () => t.close());

  it('stamps a checklist entry, its correction, a sign-off and their audit lines with the same time', async () => {
    const nurse = t.as('nurse');
    await nurse.call('episode.admit', { admission });
    await completeChecklist(t);
    const signed = await nurse.call('checklist.signOff', {});
    const first = signed.checklist.entries.seizure_prophylaxis!;
    const corrected = await nurse.call('entry.correct', { entryId: first.id, data: { ...(first.data as object), doseMg: 750 }, reason: 'Dose typed wrong' });
    const second = corrected.checklist.entries.seizure_prophylaxis!;
    expect(second.id).not.toBe(first.id);
    for (const entry of [first, second]) {
      const [line] = (await nurse.call('audit.history', { entity: 'entry', entityId: entry.id })).slice(-1);
      expect(line!.time).toBe(entry.recordedAt);
    }
    const signOff = signed.checklist.signOffs.nurse!;
    const signOffLine = (await nurse.call('audit.history', { entity: 'entry' })).find((l) => l.action === 'sign_off');
    expect(signOffLine!.time).toBe(signOff.at);
  });
});
