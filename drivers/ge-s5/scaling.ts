// Conversions between canonical values and the S/5's scaled i16 fields (monitor-protocols.md 3.5, 3.6).
import { RAW_MAX, RAW_MIN_VALID, SPECIAL } from './layout';

/**
 * Canonical value to raw i16: value * divisor, rounded. A value the field cannot hold becomes the
 * over/under-range marker rather than wrapping; null (no measurement) becomes DATA_INVALID.
 */
export function toRaw(value: number | null | undefined, divisor: number): number {
  if (value === null || value === undefined || !Number.isFinite(value)) return SPECIAL.invalid;
  const raw = Math.round(value * divisor);
  if (raw > RAW_MAX) return SPECIAL.overRange;
  if (raw < RAW_MIN_VALID) return SPECIAL.underRange;
  return raw;
}

/**
 * etCO2 arrives as 1/100 % of the gas; Vigil stores mm[Hg]. Partial pressure = fraction x ambient
 * pressure, and the CO2 group carries amb_press in 1/10 mmHg (3.5), so
 * mmHg = (rawEt / 100 / 100) x (rawAmb / 10) = rawEt x rawAmb / 100 000.
 * Rounded to 0.1 mmHg: one raw step (0.01 %) is ~0.076 mmHg at sea level, so finer digits are noise.
 */
export function etco2MmHgFromRaw(rawEt: number, rawAmbPress: number): number {
  return Math.round((rawEt * rawAmbPress) / 10_000) / 10;
}

/** The inverse, for the simulator: mm[Hg] at the given ambient pressure (raw 1/10 mmHg) to raw 1/100 %. */
export function rawEtFromMmHg(mmHg: number | null | undefined, rawAmbPress: number): number {
  if (mmHg === null || mmHg === undefined) return SPECIAL.invalid;
  return toRaw((mmHg * 1000) / rawAmbPress, 100);
}
