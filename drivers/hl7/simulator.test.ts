// The PCD-01 simulator: what it sends parses back, through the same adapter and mapping, to the scenario's values.
import { describe, expect, it } from 'vitest';
import { createScenario } from '../scenarios';
import { parseHl7 } from './adapter';
import { mapVitals } from './pcd01';
import { Pcd01Simulator, buildPcd01Message } from './simulator';

describe('PCD-01 simulator', () => {
  it('builds a message whose vitals map back to the scenario sample', () => {
    const sample = createScenario('icu-stable').sample(90_000);
    const time = Date.UTC(2026, 10, 26, 8, 0);
    const text = buildPcd01Message({ sample, time, controlId: 'S1', mrn: 'MRN-1', deviceId: 'ABCDEF0123456789', nibpTime: time - 30_000 });
    const parsed = parseHl7(text);
    expect(parsed).toMatchObject({ messageType: 'ORU^R01', controlId: 'S1', patientId: 'MRN-1', acceptAck: 'AL', applicationAck: 'NE' });
    const vitals = mapVitals(parsed, time);
    const got = Object.fromEntries(vitals.observations.map((o) => [o.param, o.value]));
    const want = Object.fromEntries(Object.entries(sample.values).filter(([, v]) => v !== null));
    expect(got).toEqual(want);
    expect(vitals.observations.find((o) => o.param === 'nibp_sys')!.time).toBe(time - 30_000);
    expect(vitals.observations.find((o) => o.param === 'temp')!.site).toBe('core');
    expect(new Set(vitals.observations.map((o) => o.device))).toEqual(new Set(['VIGIL_SIM/ABCDEF0123456789']));
  });

  it('sends one message per tick with its own control id', async () => {
    const sent: string[] = [];
    let now = Date.UTC(2026, 10, 26, 8, 0);
    const sim = new Pcd01Simulator({ send: async (b) => void sent.push(new TextDecoder().decode(b)) }, { scenario: 'stable', mrn: 'M', now: () => now });
    await sim.tick();
    now += 5000;
    await sim.tick();
    expect(sim.messagesSent).toBe(2);
    expect(new Set(sent.map((t) => parseHl7(t).controlId)).size).toBe(2);
  });
});
