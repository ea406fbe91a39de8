// UCUM units used by Vigil, and the conversions between them.

/** The UCUM codes Vigil stores. Every stored value carries one of these. */
export const UCUM = {
  perMinute: '/min',
  percent: '%',
  mmHg: 'mm[Hg]',
  kPa: 'kPa',
  celsius: 'Cel',
  fahrenheit: '[degF]',
} as const;

export type UcumUnit = (typeof UCUM)[keyof typeof UCUM];

/** Human-readable label for a UCUM unit, for screens and reports. */
export function unitLabel(unit: string): string {
  switch (unit) {
    case UCUM.perMinute:
      return '/min';
    case UCUM.percent:
      return '%';
    case UCUM.mmHg:
      return 'mmHg';
    case UCUM.celsius:
      return '°C';
    case UCUM.fahrenheit:
      return '°F';
    default:
      return unit;
  }
}

/** °F to °C, exact: no rounding here, round only for display. */
export function fahrenheitToCelsius(f: number): number {
  return ((f - 32) * 5) / 9;
}

/** °C to °F, exact: for display preferences only; storage is always °C. */
export function celsiusToFahrenheit(c: number): number {
  return (c * 9) / 5 + 32;
}

/** 1 kPa = 7.50062 mmHg (docs/hl7.md 1.9, gas partial pressure). */
export const MMHG_PER_KPA = 7.50062;
