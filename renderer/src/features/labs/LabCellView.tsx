// One value of the flowsheet: the number with its range flag as a boxed letter beside it (H / L / A), the change since
// the previous result day as a triangle after it (▲ ▼ =, another glyph and colour than any flag), the sample's time
// below, and how many results that day when more than one.
import { useTranslation } from 'react-i18next';
import { formatClock } from '../../ui/format/time';
import { formatLabValue, type LabCell } from './table';

const ARROWS = { up: '▲', down: '▼', same: '=' } as const;
const FLAGS = { high: 'H', low: 'L', abnormal: 'A' } as const;

export function LabCellView({ cell, unit }: { cell: LabCell; unit: string }) {
  const { t } = useTranslation();
  const previous = cell.previous === null ? '' : formatLabValue(cell.previous);
  const change = cell.arrow === null ? null : t(`labs.change.${cell.arrow}`, { previous });
  const mark = cell.mark === null ? null : t(`labs.mark.${cell.mark}`);
  const collected = t('flowsheet.collected', { time: formatClock(cell.result.observedAt) });
  const title = [`${cell.text} ${unit}`, collected, mark, change, cell.count > 1 ? t('labs.count', { count: cell.count }) : null].filter(Boolean).join(' · ');
  return (
    <span className={cell.mark === null ? 'lab-value' : `lab-value lab-out lab-${cell.mark}`} title={title} data-testid="lab-value" data-mark={cell.mark ?? ''} data-arrow={cell.arrow ?? ''}>
      <span className="lab-line">
        <span className="lab-number">{cell.text}</span>
        {cell.mark !== null && (
          <span className="lab-flag" data-testid="lab-flag">
            <span aria-hidden="true">{FLAGS[cell.mark]}</span>
            <span className="visually-hidden">{mark}</span>
          </span>
        )}
        {cell.arrow !== null && (
          <span className={`lab-arrow lab-arrow-${cell.arrow}`} data-testid="lab-arrow">
            <span aria-hidden="true">{ARROWS[cell.arrow]}</span>
            <span className="visually-hidden">{change}</span>
          </span>
        )}
        {cell.count > 1 && <span className="lab-count">×{cell.count}</span>}
      </span>
      <span className="lab-time" data-testid="lab-time">
        {collected}
      </span>
    </span>
  );
}
