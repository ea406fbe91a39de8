// The one table: every number cites its source, and the configurable defaults come from it.
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, gradingConfig } from './config';
import { RULES } from './rules';
import { NEWS2_BANDS, THRESHOLDS } from './thresholds';

describe('thresholds', () => {
  it('every entry names its source (a § of clinical-rules.md or a numbered source)', () => {
    for (const [key, t] of Object.entries({ ...THRESHOLDS, ...NEWS2_BANDS })) expect(t.source, key).toMatch(/§\d|\[S\d+/);
    for (const [id, rule] of Object.entries(RULES)) expect(rule.source, id).toMatch(/§\d|\[S\d+/);
  });

  it('the ASTCT numbers are the documented ones', () => {
    expect([THRESHOLDS.feverC.value, THRESHOLDS.lowFlowMaxLMin.value, THRESHOLDS.hypotensionSbpBelowMmHg.value, THRESHOLDS.hypotensionMapBelowMmHg.value, THRESHOLDS.prolongedSeizureMin.value]).toEqual([38.0, 6, 90, 65, 5]);
  });

  it('config defaults come from the table and can be overridden within the documented range', () => {
    expect(DEFAULT_CONFIG).toMatchObject({
      hypotension: { definition: 'either', sbpBelowMmHg: 90, mapBelowMmHg: 65, sbpFallFromBaselinePct: null },
      feverLookbackMs: THRESHOLDS.feverLookbackMs.value,
      vitalsWindowMs: 2 * 3_600_000,
      neuroWindowMs: 12 * 3_600_000,
      seizureWindowMs: 24 * 3_600_000,
      episodeQuietMs: 24 * 3_600_000,
      monitorConfirmation: { required: true, persistenceMs: 5 * 60_000 },
      spo2PromptBelowPct: 92,
    });
    expect(gradingConfig({ hypotension: { definition: 'map' } }).hypotension).toMatchObject({ definition: 'map', sbpBelowMmHg: 90 });
    expect(() => gradingConfig({ feverLookbackMs: 30 * 3_600_000 })).toThrow();
    expect(() => gradingConfig({ feverLookbackMs: 10 * 60_000 })).toThrow();
  });
});
