// Temperatures are stored and sent in °C; °F is a display preference. Convert the exact value, round only when shown.
import { celsiusToFahrenheit, fahrenheitToCelsius, UCUM } from '../../../../shared/units';
import type { TempUnit } from '../prefs/preferences';

/** The unit a value of `unit` is shown in. */
export function displayUnit(unit: string, tempUnit: TempUnit): string {
  return unit === UCUM.celsius && tempUnit === 'F' ? UCUM.fahrenheit : unit;
}

/** A value of `unit` in the display unit (only °C changes, and only when °F is preferred). */
export function toDisplayValue(value: number, unit: string, tempUnit: TempUnit): number {
  return unit === UCUM.celsius && tempUnit === 'F' ? celsiusToFahrenheit(value) : value;
}

/** A temperature typed in the display unit, back to °C for storage (exact, unrounded). */
export function fromDisplayTemperature(value: number, tempUnit: TempUnit): number {
  return tempUnit === 'F' ? fahrenheitToCelsius(value) : value;
}

/** "°C" or "°F". */
export function tempUnitLabel(tempUnit: TempUnit): string {
  return tempUnit === 'F' ? '°F' : '°C';
}
