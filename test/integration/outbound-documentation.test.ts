// The episode's documentation goes out once, in the next period's message: suggested grades (P) and a physician's
// confirmation (F) under their local codes, anti-IL-6 and vasopressor treatments, and labs entered at the bedside.
import { afterEach, describe, expect, it } from 'vitest';
import { createTestStation, TEST_STATION_START, type TestStation } from '../helpers/station';
import { infusedPatient } from '../helpers/episode';
import { eventually } from '../helpers/cli';
import { startMllpReceiver, type MllpReceiver } from '../helpers/mllpReceiver';
import { parseHl7 } from '../../drivers/hl7/adapter';
import { pcd01Problems } from '../../electron/station/outbound/pcd01/conformance';
import { LOCAL_CODES } from '../../shared/hl7/localCodes';
import { labTestByCode } from '../../shared/labs';
import { MINUTE_MS, SECOND_MS } from '../../shared/time';

const START = Math.ceil(TEST_STATION_START / MINUTE_MS) * MINUTE_MS;

describe('outbound HL7 documentation', () => {
  let t: TestStation | null = null;
  let receiver: MllpReceiver | null = null;
  afterEach(async () => {
    await t?.close();
    await receiver?.stop();
  });

  it('sends grades, confirmations, treatments and bedside labs once, each with its own code and status', async () => {
    let clock = START;
    t = await createTestStation({ now: () => clock, grading: { intervalMs: 3600_000 } });
    t.station.outbound.start();
    receiver = await startMllpReceiver();
    await t.as('admin').call('outbound.saveDestination', { settings: { host: '127.0.0.1', port: receiver.port, periodSeconds: 60, params: ['hr'] } });

    await infusedPatient(t, 3);
    t.station.grading.runNow();
    const suggested = (await t.as('anonymous').call('clinical.status', {})).suggested!;
    await t.as('physician').call('events.record', { event: { kind: 'medication', time: START + 5 * SECOND_MS, drug: 'Tocilizumab', drugClass: 'anti_il6', indication: 'crs', doseText: '640 mg IV' } });
    await t.as('physician').call('events.record', { event: { kind: 'medication', time: START + 6 * SECOND_MS, drug: 'Paracetamol', drugClass: 'antipyretic', doseText: '1 g PO' } });
    await t.as('nurse').call('events.record', { event: { kind: 'vasopressor', time: START + 7 * SECOND_MS, drug: 'norepinephrine', action: 'start', dose: 0.05, doseUnit: 'ug/kg/min' } });
    await t.as('nurse').call('labs.record', { results: [{ code: 'crp', value: 85, unit: 'mg/L', observedAt: START + 8 * SECOND_MS }] });
    await t.as('physician').call('grades.confirm', { kind: 'crs', grade: suggested.crs.current });

    clock = START + MINUTE_MS + 3 * SECOND_MS;
    await eventually(() => expect(receiver!.messages).toHaveLength(1));
    const parsed = parseHl7(receiver.messages[0]!.text);
    expect(pcd01Problems(parsed)).toEqual([]);
    expect(parsed.obr.map((o) => o.service.code)).toEqual([LOCAL_CODES.documentationPanel.code]);
    const rows = parsed.observations.map((o) => ({ code: o.coded.code, system: o.coded.system, value: o.value, unit: o.unit.code, status: o.status }));
    expect(rows).toEqual(
      expect.arrayContaining([
        { code: LOCAL_CODES.crsSuggested.code, system: '99VGL', value: suggested.crs.current, unit: '{grade}', status: 'P' },
        { code: LOCAL_CODES.crsConfirmed.code, system: '99VGL', value: suggested.crs.current, unit: '{grade}', status: 'F' },
        { code: LOCAL_CODES.antiIl6.code, system: '99VGL', value: 'Tocilizumab 640 mg IV', unit: null, status: 'F' },
        { code: LOCAL_CODES.vasopressor.code, system: '99VGL', value: 'norepinephrine start 0.05 ug/kg/min', unit: null, status: 'F' },
        { code: labTestByCode('crp')!.loinc, system: 'LN', value: 85, unit: 'mg/L', status: 'F' },
      ]),
    );
    expect(rows.filter((r) => r.code === LOCAL_CODES.icansSuggested.code).length).toBeGreaterThanOrEqual(1);
    // Each suggested grade is followed by the rules' explanation (NTE), so the receiver sees why.
    expect(receiver.messages[0]!.text).toMatch(/\|VGL-CRS-SUGGESTED\^[^\r]*\rNTE\|1\|L\|Grade \d: /);
    expect(rows.some((r) => typeof r.value === 'string' && r.value.includes('Paracetamol'))).toBe(false);
    const confirmation = parsed.observations.find((o) => o.coded.code === LOCAL_CODES.crsConfirmed.code)!;
    expect(receiver.messages[0]!.text).toMatch(/\|VGL-CRS-CONFIRMED\^[^\r]*\|\^Dr Rao\r/);
    expect(confirmation.time).toMatch(/^\d{14}\.\d{3}\+0000$/);

    // Nothing new documented and no monitor values: the next period sends nothing.
    clock = START + 2 * MINUTE_MS + 3 * SECOND_MS;
    await eventually(async () => expect((await t!.as('nurse').call('outbound.status', {})).destinations[0]).toMatchObject({ sent: 1, backlog: { count: 0 } }));
    await new Promise((r) => setTimeout(r, 1500));
    expect(receiver.messages).toHaveLength(1);
  });
});
