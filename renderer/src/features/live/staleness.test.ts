import { describe, expect, it } from 'vitest';
import type { ConnectionStateName } from '../../../../shared/device';
import { MINUTE_MS, SECOND_MS } from '../../../../shared/time';
import type { DeviceView } from './devices';
import { CONTINUOUS_STALE_AFTER_MS, isStaleValue, nibpFreshForMs, type StalenessContext, type StalenessInput } from './staleness';

/** An injected station time: no wall clock. */
const NOW = Date.UTC(2026, 10, 26, 3, 0);
const CYCLE = 5 * MINUTE_MS;

function monitor(state: ConnectionStateName): DeviceView {
  return { id: 1, name: 'S5', connection: { state, since: NOW - 20 * SECOND_MS, lastDataAt: NOW - 20 * SECOND_MS } };
}

function context(state: ConnectionStateName = 'receiving', now = NOW): StalenessContext {
  return { now, devices: [monitor(state)], nibpCycleMs: CYCLE };
}

const value = (param: StalenessInput['param'], ageMs: number, source: StalenessInput['source'] = 'serial', device = 'S5'): StalenessInput => ({ param, time: NOW - ageMs, source, device });

describe('isStaleValue', () => {
  it('keeps an NIBP current through its cuff cycle and greys it once a cycle is missed', () => {
    expect(isStaleValue(value('nibp_sys', 4 * MINUTE_MS), context())).toBe(false);
    expect(isStaleValue(value('nibp_sys', nibpFreshForMs(CYCLE)), context())).toBe(false);
    expect(isStaleValue(value('nibp_sys', nibpFreshForMs(CYCLE) + 1), context())).toBe(true);
    expect(isStaleValue(value('nibp_mean', 10 * MINUTE_MS), context())).toBe(true);
  });

  it('gives the cuff a quarter of its cycle, at most a minute, to report', () => {
    expect(nibpFreshForMs(20 * SECOND_MS)).toBe(25 * SECOND_MS);
    expect(nibpFreshForMs(15 * MINUTE_MS)).toBe(16 * MINUTE_MS);
  });

  it('greys every value of a monitor the moment it leaves "receiving", also a fresh NIBP', () => {
    for (const state of ['silent', 'stopped', 'error', 'connecting', 'waiting'] as const) {
      expect(isStaleValue(value('hr', 2 * SECOND_MS), context(state)), state).toBe(true);
      expect(isStaleValue(value('nibp_sys', 2 * SECOND_MS), context(state)), state).toBe(true);
    }
    expect(isStaleValue(value('hr', 2 * SECOND_MS), context('receiving'))).toBe(false);
  });

  it('greys a continuous value its receiving monitor stopped sending after a minute', () => {
    expect(isStaleValue(value('spo2', CONTINUOUS_STALE_AFTER_MS), context())).toBe(false);
    expect(isStaleValue(value('spo2', CONTINUOUS_STALE_AFTER_MS + 1), context())).toBe(true);
  });

  it('judges an HL7 value by its age alone, also when a monitor of the same name is silent', () => {
    expect(isStaleValue(value('hr', 30 * SECOND_MS, 'hl7'), context('silent'))).toBe(false);
    expect(isStaleValue(value('hr', CONTINUOUS_STALE_AFTER_MS + 1, 'hl7'), context())).toBe(true);
  });

  it('never greys a hand-entered reading (its age says how old it is)', () => {
    expect(isStaleValue(value('temp', 6 * 60 * MINUTE_MS, 'manual', 'Nurse Kim'), context('silent'))).toBe(false);
  });

  it('judges a value of a monitor no longer on the station by its age', () => {
    expect(isStaleValue(value('hr', 30 * SECOND_MS, 'serial', 'gone'), context('silent'))).toBe(false);
    expect(isStaleValue(value('nibp_dia', nibpFreshForMs(CYCLE) + 1, 'serial', 'gone'), context())).toBe(true);
  });
});
