// The top of page 1: DEMO, the patient's identifiers, product and Day +N, the window, who printed it and when.
import { useTranslation } from 'react-i18next';
import type { HandoverReport } from '../../../../shared/report/types';
import { dayLabel } from '../../ui/format/day';
import { formatDateTime, formatIsoDate } from '../../ui/format/time';
import { formatAmount } from '../../ui/format/values';
import { windowText } from './format';
import { recordedText } from '../../ui/format/recorded';

const SEXES = ['female', 'male', 'other', 'unknown'] as const;

export function DocumentHeader({ report, printedBy }: { report: HandoverReport; printedBy: string | null }) {
  const { t } = useTranslation();
  const p = report.patient;
  const w = windowText(report);
  const sex = p.sex === null ? null : (SEXES as readonly string[]).includes(p.sex) ? t(`sex.${p.sex as (typeof SEXES)[number]}`) : p.sex;
  return (
    <header className="ho-header" data-testid="ho-header">
      {report.isDemo && (
        <div className="ho-demo" data-testid="ho-demo">
          {t('report.demoBanner')}
        </div>
      )}
      <div className="ho-title-row">
        <h1 className="ho-title">{t('report.title')}</h1>
        <span className="ho-day" data-testid="ho-day">
          {dayLabel(report.episode.day)}
        </span>
      </div>
      <p className="ho-patient" data-testid="ho-patient">
        <strong>{t('report.header.patient', { name: p.name, mrn: p.mrn })}</strong>
        {p.birthDate !== null && <span>{t('report.header.born', { date: formatIsoDate(p.birthDate) })}</span>}
        {sex !== null && <span>{t('report.header.sex', { sex })}</span>}
        <span>{t('report.header.weight', { kg: formatAmount(p.weightKg, 1) })}</span>
      </p>
      <p className="ho-meta">
        <span>{report.episode.product ? t('report.header.product', { product: report.episode.product.name }) : t('report.header.noProduct')}</span>
        <span>{t('report.header.diagnosis', { text: recordedText(p.diagnosis) })}</span>
        <span>{t('report.header.allergies', { text: recordedText(p.allergies) })}</span>
        <span>{t('report.header.physician', { name: p.treatingPhysician })}</span>
        {report.episode.dischargedAt !== null && <span>{t('report.header.discharged', { time: formatDateTime(report.episode.dischargedAt) })}</span>}
      </p>
      <p className="ho-window" data-testid="ho-window">
        <strong>{t('report.header.window', w)}</strong>
        {report.window.isDefaultShift && <span> ({t('report.header.shiftEnding')})</span>}
      </p>
      <p className="ho-meta">
        <span>{t('report.header.asOf', { time: formatDateTime(report.window.asOf) })}</span>
        <span data-testid="ho-printed">
          {printedBy !== null ? t('report.header.printedBy', { name: printedBy, time: formatDateTime(report.generatedAt) }) : t('report.header.preview', { time: formatDateTime(report.generatedAt) })}
        </span>
      </p>
    </header>
  );
}
