// What stands between the patient and the infusion, plainly: items not documented, blockers, warnings, the timing check.
// Once the infusion is recorded the same facts are history: shown neutral, "before the infusion", never as a hold.
import { useTranslation } from 'react-i18next';
import type { EpisodeView } from '../../../../shared/api/methods/episode';
import { kindLabel } from './summaries';
import { say } from '../../i18n/said';
import { formatDateTime } from '../../ui/format/time';
import { CHECKLIST_KINDS } from './checklistKinds';

function Block({ className, title, items, testId, alert = false }: { className: string; title: string; items: readonly string[]; testId: string; alert?: boolean }) {
  if (items.length === 0) return null;
  return (
    <div className={`status-block ${className}`} role={alert ? 'alert' : undefined} data-testid={testId}>
      <h3>{title}</h3>
      <ul>
        {items.map((m) => (
          <li key={m}>{m}</li>
        ))}
      </ul>
    </div>
  );
}

export function ChecklistStatus({ episode }: { episode: EpisodeView }) {
  const { t } = useTranslation();
  const { state, entries } = episode.checklist;
  // The station's list is the authority; its items are named in the window's language when they match the kinds shown here.
  const missingKinds = CHECKLIST_KINDS.filter((k) => entries[k] === undefined);
  const missing = missingKinds.length === state.missing.length ? missingKinds.map(kindLabel) : state.missing;
  const blockers = state.blockerMessages.map(say);
  const warnings = state.warningMessages.map(say);
  const timingClass = episode.infusion !== null ? 'status-history' : state.timing?.verdict === 'in_window' ? 'status-ok' : 'status-warn';
  const timing = state.timing !== null && (
    <p className={`status-line ${timingClass}`} data-testid="checklist-timing">
      <strong>{t('checklist.timing')}:</strong> {say(state.timing.sentence)}
    </p>
  );
  if (episode.infusion !== null) {
    const given = formatDateTime(episode.infusion.entry.data.startTime);
    return (
      <div className="checklist-status" data-testid="checklist-status" data-phase="history">
        <p className="status-line status-history" data-testid="checklist-done">
          {t('checklist.infusionGiven', { time: given })}
        </p>
        <Block className="status-history" title={t('checklist.historyTitle')} items={[...missing, ...blockers, ...warnings]} testId="checklist-history" />
        {timing}
      </div>
    );
  }
  return (
    <div className="checklist-status" data-testid="checklist-status" data-phase="before">
      <Block className="status-missing" title={t('checklist.missing')} items={missing} testId="checklist-missing" />
      <Block className="status-blockers" title={t('checklist.blockers')} items={blockers} testId="checklist-blockers" alert />
      <Block className="status-warnings" title={t('checklist.warnings')} items={warnings} testId="checklist-warnings" />
      {timing}
      {state.readyForSignOff && (
        <p className="status-line status-ok" data-testid="checklist-ready">
          {t('checklist.ready')}
        </p>
      )}
    </div>
  );
}
