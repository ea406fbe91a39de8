// I-PASS A and the two S: the action list (open tasks, pending labs, next ICE due, next tocilizumab dose possible at),
// situation awareness (the nurse's text and the flags nobody has acknowledged) and the receiver's sign-off box.
import { useTranslation } from 'react-i18next';
import type { HandoverReport } from '../../../../shared/report/types';
import { flagTitle } from '../clinical/flagTitle';
import { gradeLabel } from '../clinical/grades';
import { formatLabValue, labValue } from '../labs/table';
import { labUnitLabel } from '../labs/units';
import { gradeTasks, iceText, tocilizumabText, when } from './format';
import { Lines, None, Section, Sub } from './parts';
import { sayOr } from '../../i18n/said';
import { labName } from '../labs/names';

export function ActionsSection({ report }: { report: HandoverReport }) {
  const { t } = useTranslation();
  const a = report.actions;
  const tasks = [
    ...gradeTasks(report.grades).map((g) => t('report.actions.confirmGrade', { kind: t(`report.table.${g.kind}`), grade: gradeLabel(g.grade) })),
    ...a.tasks.map((task) =>
      task.kind === 'flag' ? t('report.actions.flagTask', { flag: flagTitle(task.code), time: when(task.since, report) }) : t('report.actions.checklistTask', { item: task.item }),
    ),
  ];
  const toci = tocilizumabText(report);
  return (
    <Section id="actions" title={t('report.sections.actions')}>
      <Sub title={t('report.actions.tasks')}>
        <Lines testId="ho-tasks" items={tasks} />
      </Sub>
      <Sub title={t('report.actions.pendingLabs')}>
        <Lines
          testId="ho-pending-labs"
          items={a.pendingLabs.map((l) => {
            const v = labValue(l.latest);
            return t('report.actions.pendingLab', { name: labName(l.latest.code, l.latest.name), value: v === null ? l.latest.valueText : `${formatLabValue(v)} ${labUnitLabel(l.latest.canonicalUnit)}`, time: when(l.latest.observedAt, report) });
          })}
        />
      </Sub>
      <Sub title={t('report.actions.ice')}>
        <p data-testid="ho-ice">{iceText(report)}</p>
      </Sub>
      <Sub title={t('report.actions.toci')}>
        <p data-testid="ho-toci">
          <strong>{toci.next}</strong>
        </p>
        <p className="ho-small">{toci.count}</p>
      </Sub>
    </Section>
  );
}

export function AwarenessSection({ report }: { report: HandoverReport }) {
  const { t } = useTranslation();
  const text = report.severity?.situation.trim() ?? '';
  return (
    <Section id="awareness" title={t('report.sections.awareness')}>
      <Sub title={t('report.awareness.text')}>{text === '' ? <None testId="ho-situation-none" /> : <p className="ho-situation" data-testid="ho-situation">{text}</p>}</Sub>
      <Sub title={t('report.awareness.flags')}>
        <Lines
          testId="ho-unacknowledged"
          items={report.unacknowledgedFlags.map((f) => (
            <>
              <strong>{flagTitle(f.code)}</strong> <span className="ho-time">({when(f.raisedAt, report)})</span>
              {f.clearedAt !== null && <em> {t('report.awareness.cleared', { time: when(f.clearedAt, report) })}</em>} {sayOr(f.message, f.explanation)}
            </>
          ))}
        />
      </Sub>
    </Section>
  );
}

export function SynthesisSection() {
  const { t } = useTranslation();
  const box = (label: string) => (
    <div className="ho-sign-field">
      <span className="ho-sign-label">{label}</span>
      <span className="ho-sign-line" />
    </div>
  );
  return (
    <Section id="synthesis" title={t('report.sections.synthesis')}>
      <p className="ho-small">{t('report.synthesis.hint')}</p>
      <div className="ho-sign" data-testid="ho-sign">
        {box(t('report.synthesis.giver'))}
        {box(t('report.synthesis.receiver'))}
        {box(t('report.synthesis.signature'))}
        {box(t('report.synthesis.time'))}
      </div>
      <div className="ho-sign-notes">
        <span className="ho-sign-label">{t('report.synthesis.notes')}</span>
      </div>
    </Section>
  );
}
