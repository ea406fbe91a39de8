// Checks an infused dose against the product's dose rule and the patient's weight.
import type { DoseRule } from './products';

export interface DoseCheck {
  readonly withinRule: boolean;
  /** The allowed range for this patient, in CAR+ T cells. */
  readonly minCells: number;
  readonly maxCells: number;
  readonly message: string;
}

const millions = (cells: number): string => `${Number((cells / 1e6).toPrecision(4))} × 10⁶`;

/** Product dose rule (clinical-rules.md §4.1 flat / §4.2 per kg with a cap), applied to one infusion. */
export function checkDose(rule: DoseRule, cellsInfused: number, weightKg: number | null): DoseCheck {
  let minCells: number;
  let maxCells: number;
  if (rule.kind === 'flat') {
    minCells = rule.minCells;
    maxCells = rule.maxCells;
  } else {
    if (weightKg === null || !(weightKg > 0)) {
      return { withinRule: false, minCells: NaN, maxCells: rule.maxCells, message: 'The weight is missing: a per-kg dose cannot be checked without it.' };
    }
    // Past the weight where the per-kg maximum meets the cap (cilta-cel: 100 kg) the range stays that weight's (§4.2).
    minCells = rule.minCellsPerKg * Math.min(weightKg, rule.maxCells / rule.maxCellsPerKg);
    maxCells = Math.min(rule.maxCellsPerKg * weightKg, rule.maxCells);
  }
  const range = `${millions(minCells)}–${millions(maxCells)} CAR+ T cells`;
  if (cellsInfused < minCells) return { withinRule: false, minCells, maxCells, message: `Dose ${millions(cellsInfused)} is below the product range (${range}).` };
  if (cellsInfused > maxCells) return { withinRule: false, minCells, maxCells, message: `Dose ${millions(cellsInfused)} is above the product range (${range}).` };
  return { withinRule: true, minCells, maxCells, message: `Dose ${millions(cellsInfused)} is within the product range (${range}).` };
}
