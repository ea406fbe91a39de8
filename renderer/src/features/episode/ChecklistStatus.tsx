// What stands between the patient and the infusion, plainly: items not documented, blockers, warnings, the timing check.
import { useTranslation } from 'react-i18next';
import type { EpisodeView } from '../../../../shared/api/methods/episode';
import { kindLabel } from './summaries';
import { say } from '../../i18n/said';
import { CHECKLIST_KINDS } from './checklistKinds';

export function ChecklistStatus({ episode }: { episode: EpisodeView }) {
  const { t } = useTranslation();
  const { state, entries } = episode.checklist;
  // The station's list is the authority; its items are named in the window's language when they match the kinds shown here.
  const missingKinds = CHECKLIST_KINDS.filter((k) => entries[k] === undefined);
  const missing = missingKinds.length === state.missing.length ? missingKinds.map(kindLabel) : state.missing;
  const timingOk = state.timing?.verdict === 'in_window';
  return (
    <div className="checklist-status" data-testid="checklist-status">
      {missing.length > 0 && (
        <div className="status-block status-missing" data-testid="checklist-missing">
          <h3>{t('checklist.missing')}</h3>
          <ul>
            {missing.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        </div>
      )}
      {state.blockerMessages.length > 0 && (
        <div className="status-block status-blockers" role="alert" data-testid="checklist-blockers">
          <h3>{t('checklist.blockers')}</h3>
          <ul>
            {state.blockerMessages.map(say).map((b) => (
              <li key={b}>{b}</li>
            ))}
          </ul>
        </div>
      )}
      {state.warningMessages.length > 0 && (
        <div className="status-block status-warnings" data-testid="checklist-warnings">
          <h3>{t('checklist.warnings')}</h3>
          <ul>
            {state.warningMessages.map(say).map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </div>
      )}
      {state.timing !== null && (
        <p className={timingOk ? 'status-line status-ok' : 'status-line status-warn'} data-testid="checklist-timing">
          <strong>{t('checklist.timing')}:</strong> {say(state.timing.sentence)}
        </p>
      )}
      {state.readyForSignOff && (
        <p className="status-line status-ok" data-testid="checklist-ready">
          {t('checklist.ready')}
        </p>
      )}
    </div>
  );
}
