// An admitted patient with a signed-off checklist and a recorded infusion, through the real API.
import type { TestStation } from './station';
import { localIsoDay } from './clock';
import type { Admission } from '../../shared/episode/records';
import { HOUR_MS, MINUTE_MS } from '../../shared/time';
import { SECOND_NURSE } from './staff';

/** Kept for the integration tests that count in minutes. */
export const MIN = MINUTE_MS;
export const admission: Admission = {
  mrn: 'MRN-CRS-1', name: 'Test Patient', birthDate: '1958-03-04', sex: 'male', weightKg: 80, heightCm: 178, allergies: 'none known',
  diagnosis: 'Multiple myeloma', baselineOxygen: { kind: 'room_air' }, productCode: 'ide-cel', treatingPhysician: 'Dr Rao',
};

/** Admits, completes and signs the checklist, records an infusion `hoursAgo` hours ago. */
export async function infusedPatient(t: TestStation, hoursAgo: number) {
  const nurse = t.as('nurse');
  await nurse.call('episode.admit', { admission });
  const start = t.now() - hoursAgo * HOUR_MS;
  // Lymphodepletion ended two calendar days before the station's today: inside ide-cel's window when signed off now.
  const day = (offset: number) => localIsoDay(t.now(), offset);
  await nurse.call('checklist.record', { item: 'lymphodepletion', data: { regimen: 'Flu/Cy', fludarabineMgPerM2: 30, cyclophosphamideMgPerM2: 300, days: [day(-4), day(-3), day(-2)] } });
  await nurse.call('checklist.record', { item: 'infection_screening', data: { result: 'negative', date: day(-5), activeInfection: false, notes: '' } });
  await nurse.call('checklist.record', { item: 'cns_evaluation', data: { historyOfCnsDisease: false, assessmentDone: true, decision: 'proceed', physicianName: 'Dr Rao', notes: '' } });
  await nurse.call('checklist.record', { item: 'seizure_prophylaxis', data: { given: false, reason: 'Not in this unit protocol' } });
  await nurse.call('checklist.record', { item: 'baseline', data: { time: start - HOUR_MS, source: 'manual', hr: 80, sbp: 124, dbp: 78, spo2: 98, rr: 16, tempC: 36.9, iceScore: 10 } });
  await nurse.call('checklist.signOff', {});
  await t.as('physician').call('checklist.signOff', {});
  await nurse.call('infusion.record', {
    infusion: { productCode: 'ide-cel', lot: 'L1', bagIds: ['B1'], secondVerifier: SECOND_NURSE.name, cellsInfused: 450e6, premedications: [], startTime: start, endTime: start + 30 * MIN, vitals: [], reaction: { occurred: false, description: '' } },
  });
}

