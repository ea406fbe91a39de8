// The product's allowed dose for this patient's weight, and where the typed dose falls, while typing (shared checkDose).
import { useTranslation } from 'react-i18next';
import { checkDose } from '../../../../shared/episode/dose';
import type { Product } from '../../../../shared/episode/products';
import { doseStatus } from './dose';
import { cellsToMillions, typedCells } from '../../ui/form/cells';
import { formatAmount } from '../../ui/format/values';

export function DoseRange({ product, weightKg, cellsText }: { product: Product | null; weightKg: number | null; cellsText: string }) {
  const { t } = useTranslation();
  if (product === null) return null;
  const range = checkDose(product.dose, typedCells(cellsText) ?? 0, weightKg);
  const status = doseStatus(product, cellsText, weightKg);
  const min = formatAmount(cellsToMillions(range.minCells), 3);
  const max = formatAmount(cellsToMillions(range.maxCells), 3);
  return (
    <div className="dose field-wide" data-testid="dose-range" aria-live="polite">
      <span>
        {Number.isNaN(range.minCells)
          ? t('infusion.doseNoWeight')
          : product.dose.kind === 'per_kg'
            ? t('infusion.doseRange', { weight: formatAmount(weightKg ?? 0), min, max })
            : t('infusion.doseRangeFlat', { min, max })}
      </span>
      {status !== null && (
        <strong className={status === 'within' ? 'status-ok' : 'status-bad'} data-testid="dose-status" data-status={status}>
          {status === 'within' ? t('infusion.doseWithin') : status === 'below' ? t('infusion.doseBelow') : t('infusion.doseAbove')}
        </strong>
      )}
    </div>
  );
}
