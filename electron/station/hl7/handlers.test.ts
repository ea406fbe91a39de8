// The HL7 API methods through the dispatcher: labs of the admitted patient, the message archive, access rules.
import { afterEach, describe, expect, it } from 'vitest';
import { createTestStation, type TestStation } from '../../../test/helpers/station';
import { hl7 } from '../../../drivers/hl7/test-support';
import { admitPatient, TEST_PEER } from './test-support';

const MRN = 'MRN-0042';
let t: TestStation;
afterEach(async () => {
  await t?.close();
});

const lab = (ctrl: string, obr: string, ...obx: string[]) =>
  hl7(`MSH|^~\\&|LIS|LAB|VIGIL|WARD|20261126073000+0100||ORU^R01^ORU_R01|${ctrl}|P|2.5.1`, `PID|1||${MRN}^^^HOSP^MR||Lovelace^Ada`, obr, ...obx);
const CBC = lab(
  'L-1',
  'OBR|1|P1|F1|58410-2^CBC panel^LN|||20261126063000+0100',
  'OBX|1|NM|6690-2^WBC^LN||0.4|10*9/L|4.0-10.0|L|||F',
  'OBX|2|NM|751-8^Neutrophils^LN||0.1|10*9/L|1.8-7.5|LL|||F',
  'OBX|3|NM|718-7^Hemoglobin^LN||92|g/L|120-160|L|||F',
  'OBX|4|NM|777-3^Platelets^LN||45|10*9/L|150-400|L|||F',
);
const INFLAMMATION = lab(
  'L-2',
  'OBR|1|P2|F2|CHEM^Chemistry^L|||20261126064500+0100',
  'OBX|1|NM|1988-5^CRP^LN||187|mg/L|<5|H|||F',
  'OBX|2|NM|2276-4^Ferritin^LN||5210|ug/L|30-400|H|||P',
  'OBX|3|NM|26881-3^IL-6^LN||412|pg/mL|<7|H|||F',
  'OBX|4|NM|2160-0^Creatinine^LN||132|umol/L|45-90|H|||F',
  'OBX|5|NM|6301-6^INR^LN||1.4||0.8-1.2|H|||F',
  'OBX|6|NM|2744-1^pH^LN||7.31|[pH]|7.35-7.45|L|||F',
);

function feed(text: string): void {
  t.station.hl7.createService({}, 'test').handleFrame(new TextEncoder().encode(text), TEST_PEER);
}

describe('labs.list', () => {
  it('lists the admitted patient’s results in time order with units, ranges, flags and canonical values', async () => {
    t = await createTestStation();
    admitPatient(t.station.db, MRN);
    feed(CBC);
    feed(INFLAMMATION);
    const labs = await t.as('anonymous').call('labs.list', { from: 0, to: t.now() + 1e12 });
    expect(labs.map((l) => [l.code, l.value, l.unit, l.canonicalValue, l.canonicalUnit, l.abnormalFlag, l.status])).toEqual([
      ['wbc', 0.4, '10*9/L', 0.4, '10*3/uL', 'L', 'final'],
      ['anc', 0.1, '10*9/L', 0.1, '10*3/uL', 'LL', 'final'],
      ['hgb', 92, 'g/L', expect.closeTo(9.2, 10), 'g/dL', 'L', 'final'],
      ['plt', 45, '10*9/L', 45, '10*3/uL', 'L', 'final'],
      ['crp', 187, 'mg/L', 187, 'mg/L', 'H', 'final'],
      ['ferritin', 5210, 'ug/L', 5210, 'ng/mL', 'H', 'preliminary'],
      ['il6', 412, 'pg/mL', 412, 'pg/mL', 'H', 'final'],
      ['creat', 132, 'umol/L', expect.closeTo(132 / 88.42, 10), 'mg/dL', 'H', 'final'],
      ['inr', 1.4, '', 1.4, '{INR}', 'H', 'final'],
      ['ph', 7.31, '[pH]', 7.31, '[pH]', 'L', 'final'],
    ]);
    expect(labs[0]).toMatchObject({ loinc: '6690-2', name: 'WBC', refRange: '4.0-10.0', refLow: 4, refHigh: 10, observedAt: Date.UTC(2026, 10, 26, 5, 30) });
    expect(labs[4]).toMatchObject({ refLow: null, refHigh: 5 });
    const crp = await t.as('anonymous').call('labs.list', { from: 0, to: t.now() + 1e12, codes: ['crp'] });
    expect(crp.map((l) => l.value)).toEqual([187]);
  });

  it('replaces a corrected result and retracts a deleted one (same order and test)', async () => {
    t = await createTestStation();
    admitPatient(t.station.db, MRN);
    feed(INFLAMMATION);
    feed(lab('L-3', 'OBR|1|P2|F2|CHEM^Chemistry^L|||20261126064500+0100', 'OBX|1|NM|1988-5^CRP^LN||178|mg/L|<5|H|||C', 'OBX|2|NM|26881-3^IL-6^LN||412|pg/mL|<7|H|||D'));
    const range = { from: 0, to: t.now() + 1e12, codes: ['crp', 'il6'] };
    const current = await t.as('anonymous').call('labs.list', range);
    expect(current.map((l) => [l.code, l.value, l.status])).toEqual([['crp', 178, 'corrected']]);
    const all = await t.as('anonymous').call('labs.list', { ...range, includeRetracted: true });
    expect(all.map((l) => [l.code, l.value, l.status])).toEqual([
      ['crp', 187, 'superseded'],
      ['il6', 412, 'deleted'],
      ['crp', 178, 'corrected'],
    ]);
  });

  it('is empty when nobody is admitted, and refuses an inverted range', async () => {
    t = await createTestStation();
    expect(await t.as('anonymous').call('labs.list', { from: 0, to: 10 })).toEqual([]);
    expect((await t.as('anonymous').fail('labs.list', { from: 10, to: 0 })).code).toBe('invalid_input');
  });
});

describe('hl7.messages and hl7.message', () => {
  it('lists the archive newest first with outcome and reason, pages with a cursor, filters by outcome', async () => {
    t = await createTestStation();
    admitPatient(t.station.db, MRN);
    feed(CBC);
    feed('garbage');
    feed(CBC.replace(`${MRN}^^^HOSP`, 'OTHER^^^HOSP').replace('|L-1|', '|L-9|'));
    feed(CBC);
    const engineer = t.as('admin');
    const page1 = await engineer.call('hl7.messages', { limit: 3 });
    expect(page1.messages.map((m) => [m.outcome, m.controlId])).toEqual([
      ['duplicate', 'L-1'],
      ['rejected', 'L-9'],
      ['rejected', null],
    ]);
    expect(page1.messages[1]!.reason).toMatch(/PID-3 OTHER is not the patient/);
    expect(page1.messages[2]!.reason).toMatch(/not an HL7 v2 message/);
    const page2 = await engineer.call('hl7.messages', { limit: 3, before: page1.nextBefore! });
    expect(page2).toMatchObject({ nextBefore: null, messages: [{ outcome: 'accepted', labsStored: 4, kind: 'labs', acks: 'AA', sender: 'LIS|LAB' }] });
    const rejected = await engineer.call('hl7.messages', { outcome: 'rejected' });
    expect(rejected.messages).toHaveLength(2);
    const detail = await engineer.call('hl7.message', { id: page2.messages[0]!.id });
    expect(detail.raw).toBe(CBC);
    expect((await engineer.fail('hl7.message', { id: 999 })).code).toBe('not_found');
  });

  it('keeps the archive for signed-in staff; the active source per param is public', async () => {
    t = await createTestStation();
    expect((await t.as('anonymous').fail('hl7.messages', {})).code).toBe('forbidden');
    expect(await t.as('nurse').call('hl7.messages', {})).toEqual({ messages: [], nextBefore: null });
    const sources = await t.as('anonymous').call('sources.active', {});
    expect(sources.map((s) => s.param)).toContain('etco2');
    expect(sources.every((s) => s.active === null)).toBe(true);
  });
});
