// Test helpers shared by the GE S/5 tests: observations back to values, byte concatenation.
import type { Observation } from '../../shared/observation';
import { VITAL_PARAMS, type VitalParam } from '../../shared/params';

/** One value per param (null when absent or not valid); fails loudly if a param appears twice. */
export function valuesOf(observations: readonly Observation[]): Record<VitalParam, number | null> {
  const out = Object.fromEntries(VITAL_PARAMS.map((p) => [p, null])) as Record<VitalParam, number | null>;
  const seen = new Set<VitalParam>();
  for (const o of observations) {
    if (seen.has(o.param)) throw new Error(`param ${o.param} observed twice`);
    seen.add(o.param);
    out[o.param] = o.value;
  }
  return out;
}

/** Concatenate byte arrays (test inputs built from several frames). */
export function concatBytes(...parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
