// The labs by Day: oldest Day on the left, today in the last column (scrolled into view on open; "pending" until its
// results arrive); each test's unit and the lab's reference range beside its name. Each value out of the lab's range
// says so in words (↑ H / ↓ L / A), and an arrow gives the change since the previous result day.
import { useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { dayLabel } from '../../ui/format/day';
import { formatIsoDate } from '../../ui/format/time';
import type { LabTable as Table } from './table';
import { labUnitLabel } from './units';
import { LabCellView } from './LabCellView';
import { labName } from './names';

export function LabTable({ table }: { table: Table }) {
  const { t } = useTranslation();
  const wrap = useRef<HTMLDivElement>(null);
  const columns = table.days.length;
  useLayoutEffect(() => {
    const el = wrap.current;
    if (el !== null) el.scrollLeft = el.scrollWidth;
  }, [columns]);
  if (table.rows.length === 0) return <p className="notice">{t('labs.empty')}</p>;
  return (
    <div ref={wrap} className="labs-table-wrap" tabIndex={0} role="region" aria-label={t('labs.tableLabel')}>
      <table className="labs-table" data-testid="labs-table">
        <caption className="visually-hidden">{t('labs.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col" className="labs-sticky">
              {t('labs.test')}
              <span className="labs-meta">
                {t('labs.unit')} · {t('labs.range')}
              </span>
            </th>
            {table.days.map((d) =>
              d.today ? (
                <th key={d.key} scope="col" className="labs-day labs-today" data-testid="labs-day-column" data-day={d.day ?? ''} data-today="true">
                  <span className="labs-day-n">{t('labs.todayColumn', { day: dayLabel(d.day) })}</span>
                </th>
              ) : (
                <th key={d.key} scope="col" className="labs-day" data-testid="labs-day-column" data-day={d.day ?? ''}>
                  <span className="labs-day-n">{dayLabel(d.day)}</span>
                  <span className="labs-day-date">{formatIsoDate(d.key)}</span>
                </th>
              ),
            )}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => (
            <tr key={row.code} data-testid={`labs-row-${row.code}`}>
              <th scope="row" className="labs-sticky">
                {labName(row.code, row.name)}
                {/* Unit and range stay in the sticky column: visible however far the days scroll. */}
                <span className="labs-meta" data-testid="labs-meta">
                  <span className="labs-unit">{labUnitLabel(row.unit)}</span> · <span className="labs-range">{row.range ?? <span title={t('labs.noRange')}>{t('labs.noRangeShort')}</span>}</span>
                </span>
              </th>
              {table.days.map((d) => {
                const cell = row.cells[d.key];
                return (
                  <td key={d.key} className={d.today ? 'labs-cell labs-today' : 'labs-cell'}>
                    {cell !== undefined ? <LabCellView cell={cell} unit={labUnitLabel(row.unit)} /> : d.pending ? <span className="labs-pending" data-testid="labs-pending">{t('labs.pending')}</span> : ''}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
