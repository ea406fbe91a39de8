// Doses are typed in millions of CAR+ T cells ("52.5" × 10⁶) and stored as a cell count.
import { parseDecimal } from './result';

const MILLION = 1e6;

/** × 10⁶ → cells, as a whole number of cells (52.5 → 52 500 000; 0.1 → 100 000, not 100 000.000…01). */
export function millionsToCells(millions: number): number {
  return Math.round(millions * MILLION);
}

/** cells → × 10⁶, for showing and for filling a form field. */
export function cellsToMillions(cells: number): number {
  return cells / MILLION;
}

/** What was typed in the × 10⁶ field as a cell count, or null when it is not a positive number. */
export function typedCells(text: string): number | null {
  const value = parseDecimal(text);
  return value === null || !(value > 0) ? null : millionsToCells(value);
}
