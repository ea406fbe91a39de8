// The labs flowsheet by Day: group headings (inflammation, haematology, chemistry, coagulation, blood gas), oldest Day on
// the left, today in the last column (scrolled into view on open; "pending" until its results arrive); each test's unit
// and reference range beside its name, the lab's or else the site default (marked so). Flags and change arrows differ.
import { Fragment, useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { dayLabel } from '../../ui/format/day';
import { formatIsoDate } from '../../ui/format/time';
import type { LabRow, LabTable as Table } from './table';
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
          {table.rows.map((row, i) => (
            <Fragment key={row.code}>
              {(i === 0 || table.rows[i - 1]!.group !== row.group) && (
                <tr className="labs-group" data-testid="labs-group" data-group={row.group ?? 'other'}>
                  <th scope="colgroup" colSpan={columns + 1} className="labs-sticky">
                    {row.group === null ? t('flowsheet.otherGroup') : t(`flowsheet.groups.${row.group}`)}
                  </th>
                </tr>
              )}
              <LabTableRow row={row} table={table} />
            </Fragment>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function LabTableRow({ row, table }: { row: LabRow; table: Table }) {
  const { t } = useTranslation();
  return (
    <tr data-testid={`labs-row-${row.code}`} data-group={row.group ?? 'other'}>
      <th scope="row" className="labs-sticky">
        {labName(row.code, row.name)}
        {/* Unit and range stay in the sticky column: visible however far the days scroll. */}
        <span className="labs-meta" data-testid="labs-meta">
          <span className="labs-unit">{labUnitLabel(row.unit)}</span> · <RangeText row={row} />
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
  );
}

function RangeText({ row }: { row: LabRow }) {
  const { t } = useTranslation();
  if (row.rangeFrom === null) return <span className="labs-range" data-range-from="" title={t('labs.noRange')}>{t('labs.noRangeShort')}</span>;
  if (row.rangeFrom === 'lab') return <span className="labs-range" data-range-from="lab" title={t('flowsheet.labRangeTitle')}>{row.range}</span>;
  return (
    <span className="labs-range" data-range-from="site" title={t('flowsheet.siteDefaultTitle', { source: row.rangeSource })}>
      {row.range} <span className="labs-site-default" data-testid="labs-site-default">{t('flowsheet.siteDefault')}</span>
    </span>
  );
}
