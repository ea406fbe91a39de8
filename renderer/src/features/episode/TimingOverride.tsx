// When the infusion falls after the product's window but before its latest day, a physician may let it go ahead with a reason.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EpisodeView } from '../../../../shared/api/methods/episode';
import { entrySummary } from './summaries';
import { formatDateTime } from '../../ui/format/time';
import { usePreferences } from '../../ui/prefs/PreferencesContext';
import { useSession } from '../../ui/session/SessionContext';
import { CorrectDialog } from './CorrectDialog';
import { useEpisodeActions } from './EpisodeActions';
import { OverrideForm } from './OverrideForm';

export function TimingOverride({ episode }: { episode: EpisodeView }) {
  const { t } = useTranslation();
  const { tempUnit } = usePreferences();
  const { user } = useSession();
  const actions = useEpisodeActions();
  const [correcting, setCorrecting] = useState(false);
  const entry = episode.checklist.entries.timing_override;
  const timing = episode.checklist.state.timing;
  if (entry === undefined && (timing === null || !timing.overridable)) return null;
  const physician = user?.role === 'physician';

  return (
    <div className="item" data-testid="timing-override">
      <h3 className="item-title">{t('checklist.overrideTitle')}</h3>
      {entry !== undefined ? (
        <>
          <p className="item-summary">{entrySummary('timing_override', entry.data, tempUnit)}</p>
          <span className="item-meta">{t('checklist.recorded', { name: entry.recordedBy, time: formatDateTime(entry.recordedAt) })}</span>
          {physician && (
            <button type="button" className="button" onClick={() => setCorrecting(true)}>
              {t('checklist.correct')}
            </button>
          )}
          {correcting && <CorrectDialog entry={entry} kind="timing_override" onClose={() => setCorrecting(false)} />}
        </>
      ) : physician ? (
        episode.infusion === null && <OverrideForm initial={null} correcting={false} onSave={(data) => actions.record('timing_override', data)} />
      ) : (
        <p className="field-hint">{t('checklist.overrideOnlyPhysician')}</p>
      )}
    </div>
  );
}
