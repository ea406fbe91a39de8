// What happened in the window: treatments given, the CRS/ICANS grade timeline (each grade "suggested (not
// confirmed)" or confirmed by whom), and the flags raised with who acknowledged them.
import { useTranslation } from 'react-i18next';
import type { HandoverReport } from '../../../../shared/report/types';
import { flagTitle } from '../clinical/flagTitle';
import { eventText, gradeWords, when } from './format';
import { ReportTable, Section } from './parts';
import { sayOr } from '../../i18n/said';

export function TreatmentsSection({ report }: { report: HandoverReport }) {
  const { t } = useTranslation();
  return (
    <Section id="treatments" title={t('report.sections.treatments')} long>
      <ReportTable
        testId="ho-treatments"
        head={[t('report.table.time'), t('report.table.what'), t('report.table.by')]}
        rows={report.treatments.map((e) => [when(e.time, report), eventText(e), e.by])}
      />
    </Section>
  );
}

export function GradeTimelineSection({ report }: { report: HandoverReport }) {
  const { t } = useTranslation();
  const cell = (kind: 'crs' | 'icans', row: HandoverReport['gradeTimeline'][number]) => {
    const words = gradeWords(kind, row[kind], kind === 'crs' ? row.crsConfirmation : row.icansConfirmation, report.episode.infusionTime);
    return (
      <>
        <strong>{words.line}</strong> <span className="ho-small">{words.status}</span>
      </>
    );
  };
  return (
    <Section id="grade-timeline" title={t('report.sections.gradeTimeline')} long>
      <ReportTable
        testId="ho-grade-timeline"
        head={[t('report.table.time'), t('report.table.crs'), t('report.table.icans')]}
        rows={report.gradeTimeline.map((row) => [when(Math.max(row.time, report.window.from), report), cell('crs', row), cell('icans', row)])}
      />
    </Section>
  );
}

export function FlagsSection({ report }: { report: HandoverReport }) {
  const { t } = useTranslation();
  return (
    <Section id="flags" title={t('report.sections.flags')} long>
      <ReportTable
        testId="ho-flags"
        head={[t('report.table.flag'), t('report.table.raised'), t('report.table.cleared'), t('report.table.acknowledged')]}
        rows={report.flags.map((f) => [
          <>
            <strong>{flagTitle(f.code)}</strong>
            <br />
            <span className="ho-small">{sayOr(f.message, f.explanation)}</span>
          </>,
          when(f.raisedAt, report),
          f.clearedAt === null ? t('report.table.stillRaised') : when(f.clearedAt, report),
          f.acknowledged === null ? <strong>{t('report.table.notAcknowledged')}</strong> : t('report.table.ackBy', { name: f.acknowledged.by, time: when(f.acknowledged.at, report) }),
        ])}
      />
    </Section>
  );
}
