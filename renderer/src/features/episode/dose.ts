// Where a dose typed in × 10⁶ cells falls against the product's rule for this weight (the rule itself: shared checkDose).
import { checkDose } from '../../../../shared/episode/dose';
import type { Product } from '../../../../shared/episode/products';
import { typedCells } from '../../ui/form/cells';

export type DoseStatus = 'within' | 'below' | 'above' | null;

/** Where typed cells fall against the rule (null: nothing valid typed, or no product). */
export function doseStatus(product: Product | null, cellsText: string, weightKg: number | null): DoseStatus {
  const cells = typedCells(cellsText);
  if (product === null || cells === null) return null;
  const check = checkDose(product.dose, cells, weightKg);
  if (check.withinRule) return 'within';
  if (Number.isNaN(check.minCells)) return null; // no weight: the range itself says so
  return cells < check.minCells ? 'below' : 'above';
}
