// Checks an infused dose against the product's dose rule and the patient's weight.
import type { DoseRule } from './products';
import { english } from '../messages/en';
import { message, type Message } from '../messages/message';

export interface DoseCheck {
  readonly withinRule: boolean;
  /** The allowed range for this patient, in CAR+ T cells. */
  readonly minCells: number;
  readonly maxCells: number;
  /** Where the dose falls, in English. */
  readonly message: string;
  /** The same words as a message the window says in its own language. */
  readonly sentence: Message;
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
    if (weightKg === null || !(weightKg > 0)) return checked(false, NaN, rule.maxCells, message('said.dose.noWeight'));
    // Past the weight where the per-kg maximum meets the cap (cilta-cel: 100 kg) the range stays that weight's (§4.2).
    minCells = rule.minCellsPerKg * Math.min(weightKg, rule.maxCells / rule.maxCellsPerKg);
    maxCells = Math.min(rule.maxCellsPerKg * weightKg, rule.maxCells);
  }
  const params = { dose: millions(cellsInfused), range: message('said.dose.range', { min: millions(minCells), max: millions(maxCells) }) };
  if (cellsInfused < minCells) return checked(false, minCells, maxCells, message('said.dose.below', params));
  if (cellsInfused > maxCells) return checked(false, minCells, maxCells, message('said.dose.above', params));
  return checked(true, minCells, maxCells, message('said.dose.within', params));
}

function checked(withinRule: boolean, minCells: number, maxCells: number, sentence: Message): DoseCheck {
  return { withinRule, minCells, maxCells, message: english(sentence), sentence };
}
