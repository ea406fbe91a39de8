import { describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../db/open';
import { ObservationRepository } from './observations';
import type { Observation } from '../../../shared/observation';

function repo() {
  const db = openDatabase(join(mkdtempSync(join(tmpdir(), 'vigil-obs-')), 'station.db'));
  return { db, obs: new ObservationRepository(db) };
}

const hr = (time: number, value: number | null, status: Observation['status'] = 'valid'): Observation => ({
  param: 'hr', value, unit: '/min', time, status, source: 'serial', device: 'bed1',
});

describe('ObservationRepository', () => {
  it('stores a batch and reads it back in the canonical shape', () => {
    const { obs } = repo();
    const temp: Observation = { param: 'temp', value: 38.35, unit: 'Cel', time: 2000, status: 'valid', source: 'serial', device: 'bed1', site: 'axillary', deviceTime: 1500 };
    expect(obs.insert([hr(1000, 80), hr(2000, null, 'invalid'), temp])).toBe(3);
    expect([...obs.export()].map(({ seriesId: _s, ...o }) => o)).toEqual([hr(1000, 80), hr(2000, null, 'invalid'), temp]);
  });

  it('ignores a repeated series+time instead of duplicating it', () => {
    const { obs } = repo();
    obs.insert([hr(1000, 80)]);
    expect(obs.insert([hr(1000, 81), hr(2000, 82)])).toBe(1);
    expect(obs.count('hr')).toBe(2);
  });

  it('answers latest per param and filters export by time and param', () => {
    const { obs } = repo();
    obs.insert([hr(1000, 80), hr(3000, 90), { ...hr(2000, 97), param: 'spo2', unit: '%' }]);
    const latest = obs.latest();
    expect(latest.find((o) => o.param === 'hr')?.value).toBe(90);
    expect(latest.find((o) => o.param === 'spo2')?.value).toBe(97);
    expect([...obs.export({ from: 1500, to: 3000 })].map((o) => o.time)).toEqual([2000]);
    expect([...obs.export({ params: ['hr'] })].map((o) => o.value)).toEqual([80, 90]);
  });

  it('filters export by source, and by source with param and time together', () => {
    const { obs } = repo();
    const manual = (time: number, value: number): Observation => ({ ...hr(time, value), source: 'manual', device: 'manual:Nurse Kim' });
    obs.insert([hr(1000, 80), manual(1500, 84), hr(2000, 82), manual(2500, 86), { ...manual(2600, 37.2), param: 'temp', unit: 'Cel' }]);
    expect([...obs.export({ sources: ['manual'] })].map((o) => o.value)).toEqual([84, 86, 37.2]);
    expect([...obs.export({ sources: ['manual'], params: ['hr'], from: 2000 })].map((o) => o.time)).toEqual([2500]);
    expect([...obs.export({ sources: ['serial', 'manual'] })]).toHaveLength(5);
    expect([...obs.export({ sources: ['hl7'] })]).toEqual([]);
  });

  it('writes nothing of a batch that fails part-way (one transaction)', () => {
    const { obs } = repo();
    const broken = { ...hr(2000, 1), unit: null } as unknown as Observation;
    expect(() => obs.insert([hr(1000, 80), broken])).toThrow();
    expect(obs.count()).toBe(0);
  });
});
