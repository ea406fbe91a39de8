// A multi-day DEMO course built from the simulators' scenarios: stable, then a CRS course that ramps up,
// holds and resolves (SIMULATED DATA for training and screenshots, not clinical reference values).
import { createScenario } from '../../../drivers/scenarios';
import type { ScenarioSample } from '../../../drivers/scenarios';
import { HOUR_MS } from '../../../shared/time';

/** 0 before the CRS course, rising to 1 at its peak, back to 0 when resolved: drives the demo labs. */
export function crsIntensity(course: Pick<DemoCourse, 'crsOnset' | 'crsPeak' | 'crsResolving'>, t: number): number {
  const resolved = course.crsResolving + 12 * HOUR_MS;
  if (t <= course.crsOnset || t >= resolved) return 0;
  if (t < course.crsPeak) return (t - course.crsOnset) / (course.crsPeak - course.crsOnset);
  if (t < course.crsResolving) return 1;
  return 1 - (t - course.crsResolving) / (resolved - course.crsResolving);
}

export interface DemoCourse {
  /** The patient at `t` (UTC ms). */
  sample(t: number): ScenarioSample;
  readonly crsOnset: number;
  readonly crsPeak: number;
  readonly crsResolving: number;
}

/** CRS starts `onsetAfterInfusionMs` after the infusion, ramps for 8 h, holds 24 h, resolves over 12 h. */
export function demoCourse(infusionAt: number, onsetAfterInfusionMs: number, scenarioName: string, seed = 7): DemoCourse {
  const stable = createScenario('stable', { seed, durationMs: HOUR_MS, nibpIntervalMs: 15 * 60_000 });
  const ramp = 8 * HOUR_MS;
  const crs = createScenario(scenarioName, { seed, durationMs: ramp, nibpIntervalMs: 15 * 60_000 });
  const crsOnset = infusionAt + onsetAfterInfusionMs;
  const crsPeak = crsOnset + ramp;
  const crsResolving = crsPeak + 24 * HOUR_MS;
  const resolved = crsResolving + 12 * HOUR_MS;
  return {
    crsOnset,
    crsPeak,
    crsResolving,
    sample(t) {
      if (t < crsOnset || t >= resolved) return stable.sample(t - infusionAt + 10 * HOUR_MS);
      if (t < crsResolving) return crs.sample(t - crsOnset);
      // Resolution: the course played backwards over 12 h.
      return crs.sample(ramp * (1 - (t - crsResolving) / (resolved - crsResolving)));
    },
  };
}
