// FLOAT-Type (monitor-protocols.md 2.7; PIPG "FLOAT-Type"): u32 = s8 exponent | s24 mantissa, value = m x 10^e.
import { FLOAT_SPECIAL } from './constants';

export type FloatValue =
  | { readonly kind: 'number'; readonly value: number }
  /** NaN, NRes (not at this resolution), +/-INF, and the reserved mantissa 0x800001. */
  | { readonly kind: 'nan' | 'nres' | 'positiveInfinity' | 'negativeInfinity' | 'reserved' };

/** Decode a FLOAT-Type word; the special mantissas are recognised whatever the exponent. */
export function decodeFloat(word: number): FloatValue {
  const mantissa = word & 0xffffff;
  switch (mantissa) {
    case FLOAT_SPECIAL.nan:
      return { kind: 'nan' };
    case FLOAT_SPECIAL.nres:
      return { kind: 'nres' };
    case FLOAT_SPECIAL.positiveInfinity:
      return { kind: 'positiveInfinity' };
    case FLOAT_SPECIAL.negativeInfinity:
      return { kind: 'negativeInfinity' };
    case FLOAT_SPECIAL.reserved:
      return { kind: 'reserved' };
  }
  const exponent = (word >>> 24) << 24 >> 24;
  const m = mantissa & 0x800000 ? mantissa - 0x1000000 : mantissa;
  // Divide for negative exponents so 3702 x 10^-2 is exactly 37.02, not 37.019999999999996.
  return { kind: 'number', value: exponent >= 0 ? m * 10 ** exponent : m / 10 ** -exponent };
}

/** The largest normal mantissa magnitude (2.7: +/-(2^23 - 3)). */
const MAX_MANTISSA = 2 ** 23 - 3;

/** Encode a number with the given decimals (exponent = -decimals), as the monitor shows it. */
export function encodeFloat(value: number, decimals: number): number {
  const mantissa = Math.round(value * 10 ** decimals);
  if (!Number.isFinite(mantissa) || Math.abs(mantissa) > MAX_MANTISSA) return encodeSpecialFloat('nres');
  return (((-decimals & 0xff) << 24) | (mantissa & 0xffffff)) >>> 0;
}

export function encodeSpecialFloat(kind: Exclude<FloatValue['kind'], 'number'>): number {
  const mantissa: Record<typeof kind, number> = {
    nan: FLOAT_SPECIAL.nan,
    nres: FLOAT_SPECIAL.nres,
    positiveInfinity: FLOAT_SPECIAL.positiveInfinity,
    negativeInfinity: FLOAT_SPECIAL.negativeInfinity,
    reserved: FLOAT_SPECIAL.reserved,
  };
  return mantissa[kind];
}
