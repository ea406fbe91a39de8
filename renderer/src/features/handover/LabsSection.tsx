// Labs: each test's latest result against the previous one, with the labs screen's own value, range mark and arrow
// (labs/table.ts), written out in words so they read on black-and-white paper.
import { useTranslation } from 'react-i18next';
import type { LabResult } from '../../../../shared/api/methods/labs';
import type { HandoverReport, LabRow } from '../../../../shared/report/types';
import { changeArrow, formatLabValue, LAB_TABLE_CODES, labValue, rangeMark, rangeText, siteRangeText } from '../labs/table';
import { labUnitLabel } from '../labs/units';
import { when } from './format';
import { ReportTable, Section } from './parts';
import { labName } from '../labs/names';

const ORDER = new Map<string, number>(LAB_TABLE_CODES.map((c, i) => [c, i]));

function sorted(rows: readonly LabRow[]): LabRow[] {
  return [...rows].sort((a, b) => (ORDER.get(a.code) ?? 999) - (ORDER.get(b.code) ?? 999) || a.code.localeCompare(b.code));
}

function valueText(r: LabResult): string {
  const v = labValue(r);
  return v === null ? r.valueText : formatLabValue(v);
}

export function LabsSection({ report }: { report: HandoverReport }) {
  const { t } = useTranslation();
  const rows = sorted(report.labs).map((row) => {
    const { latest, previous } = row;
    // The site's range applies only where the lab sent none (rangeMark decides, as on the labs screen).
    const site = row.site ?? undefined;
    const mark = rangeMark(latest, site);
    const labRange = rangeText(latest);
    const arrow = changeArrow(previous === null ? null : labValue(previous), labValue(latest));
    const unit = labUnitLabel(latest.canonicalValue === null ? latest.unit : latest.canonicalUnit);
    return [
      `${labName(latest.code, latest.name)} (${unit})`,
      <>
        <strong>{valueText(latest)}</strong>
        {mark !== null && <strong className="ho-mark"> {t(`report.labs.${mark}`)}</strong>}
        {latest.status === 'preliminary' && <em> {t('report.labs.preliminary')}</em>}
        <span className="ho-small"> ({when(latest.observedAt, report)})</span>
      </>,
      previous === null ? '—' : t('report.labs.at', { value: valueText(previous), time: when(previous.observedAt, report) }),
      arrow === null ? '—' : t(`report.labs.${arrow}`),
      labRange ?? (site ? `${siteRangeText(site)} (${t('flowsheet.siteDefault')})` : '—'),
    ];
  });
  return (
    <Section id="labs" title={t('report.sections.labs')} long>
      <ReportTable
        testId="ho-labs-table"
        head={[t('report.labs.test'), t('report.labs.latest'), t('report.labs.previous'), t('report.labs.change'), t('report.labs.range')]}
        rows={rows}
      />
    </Section>
  );
}
