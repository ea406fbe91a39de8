// I-PASS I and P: illness severity (the nurse's choice, with the current CRS and ICANS grades beside it, each
// "suggested (not confirmed)" or "confirmed by … at …") and the patient summary (episode so far, events of the window).
import { useTranslation } from 'react-i18next';
import { ILLNESS_SEVERITIES, type GradeStatus, type HandoverReport } from '../../../../shared/report/types';
import { gradeLabel } from '../clinical/grades';
import { dayLabel } from '../../ui/format/day';
import { formatDateTime, formatIsoDate } from '../../ui/format/time';
import { formatAmount } from '../../ui/format/values';
import { cellsToMillions } from '../../ui/form/cells';
import { eventText, gradeWords, when } from './format';
import { Lines, Section, Sub } from './parts';
import { sayOr } from '../../i18n/said';
import { drugText, recordedText } from '../../ui/format/recorded';

function GradeLine({ grade, infusionTime }: { grade: GradeStatus; infusionTime: number | null }) {
  const { t } = useTranslation();
  const words = gradeWords(grade.kind, grade.suggested, grade.confirmation, infusionTime);
  return (
    <div className="ho-grade" data-testid={`ho-grade-${grade.kind}`}>
      <p>
        <strong className="ho-grade-value">{words.line}</strong> <span className={words.confirmed ? 'ho-confirmed' : 'ho-unconfirmed'}>{words.status}</span>
      </p>
      <p className="ho-small">
        {grade.maxAt !== null ? t('report.grade.maxAt', { grade: gradeLabel(grade.max), time: formatDateTime(grade.maxAt) }) : t('report.grade.max', { grade: gradeLabel(grade.max) })}
        {' · '}
        {t('report.grade.basis', { text: sayOr(grade.basisMessage, grade.basis) })}
      </p>
    </div>
  );
}

export function IllnessSection({ report, draft }: { report: HandoverReport; draft: boolean }) {
  const { t } = useTranslation();
  const note = report.severity;
  const g = report.grades;
  return (
    <Section id="illness" title={t('report.sections.illness')}>
      <p className="ho-severity" data-testid="ho-severity" data-severity={note?.severity ?? ''}>
        {ILLNESS_SEVERITIES.map((s) => (
          <span key={s} className={note?.severity === s ? 'ho-choice ho-chosen' : 'ho-choice'}>
            {note?.severity === s ? '☒' : '☐'} {t(`report.severity.${s}`)}
          </span>
        ))}
        <span className="ho-small">{note === null ? t('report.severity.notChosen') : draft ? t('report.severity.draft') : t('report.severity.chosenBy', { name: note.by, time: formatDateTime(note.at) })}</span>
      </p>
      {g === null ? (
        <p>{t('report.notGraded')}</p>
      ) : (
        <>
          <GradeLine grade={g.crs} infusionTime={report.episode.infusionTime} />
          <GradeLine grade={g.icans} infusionTime={report.episode.infusionTime} />
          {g.news2 && <p className="ho-small">{t(g.news2.complete ? 'report.grade.news2' : 'report.grade.news2Partial', { total: g.news2.total, response: t(`clinical.secondary.responses.${g.news2.response}`) })}</p>}
          <p className="ho-small">{t('report.grade.evaluated', { time: formatDateTime(g.evaluatedAt) })}</p>
        </>
      )}
    </Section>
  );
}

export function SummarySection({ report }: { report: HandoverReport }) {
  const { t } = useTranslation();
  const e = report.episode;
  const facts = [
    e.infusionTime === null ? t('report.summary.notInfused') : t('report.summary.day', { day: dayLabel(e.day) }),
    t('report.header.product', { product: e.product?.name ?? '—' }),
    t('report.summary.admitted', { time: formatDateTime(e.admittedAt) }),
    e.lymphodepletion && t('report.summary.lymphodepletion', { regimen: recordedText(e.lymphodepletion.regimen), days: e.lymphodepletion.days.map((d) => formatIsoDate(d)).join(', ') }),
    e.checklist.nurse && e.checklist.physician ? t('report.summary.checklist', { nurse: e.checklist.nurse.by, physician: e.checklist.physician.by }) : t('report.summary.checklistNotSigned'),
    e.infusion &&
      t('report.summary.infusion', { start: formatDateTime(e.infusion.start), end: formatDateTime(e.infusion.end), cells: formatAmount(cellsToMillions(e.infusion.cellsInfused), 3), lot: e.infusion.lot }),
    e.infusion && !e.infusion.doseWithinRule && t('report.summary.doseOutside'),
    e.infusion && (e.infusion.reaction === null ? t('report.summary.noReaction') : t('report.summary.reaction', { text: e.infusion.reaction })),
    e.seizureProphylaxis
      ? t('report.summary.seizure', { text: `${drugText(e.seizureProphylaxis.drug)} ${formatAmount(e.seizureProphylaxis.doseMg)} mg ${e.seizureProphylaxis.frequency}` })
      : t('report.summary.noSeizure'),
  ].filter((f): f is string => typeof f === 'string' && f !== '');
  return (
    <Section id="summary" title={t('report.sections.summary')}>
      <ul className="ho-facts" data-testid="ho-facts">
        {facts.map((f) => (
          <li key={f}>{f}</li>
        ))}
      </ul>
      <Sub title={t('report.summary.events')}>
        <Lines
          testId="ho-events"
          items={report.summaryEvents.map((ev) => (
            <>
              <span className="ho-time">{when(ev.time, report)}</span> {eventText(ev)} <span className="ho-small">({ev.by})</span>
            </>
          ))}
        />
      </Sub>
    </Section>
  );
}
