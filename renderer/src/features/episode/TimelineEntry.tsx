// One entry of the timeline: Day +N, local time, what, who recorded it, a "corrected" mark; History and Correct.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EntryView } from '../../../../shared/api/methods/episode';
import { entrySummary, kindLabel } from './summaries';
import { episodeDay } from '../../ui/format/day';
import { roleLabel } from '../../ui/format/labels';
import { formatDateTime } from '../../ui/format/time';
import { usePreferences } from '../../ui/prefs/PreferencesContext';
import { CorrectDialog } from './CorrectDialog';
import { HistoryList } from './HistoryList';
import { isEditable } from './ItemEditor';

export function TimelineEntry({ entry, infusionTime }: { entry: EntryView; infusionTime: number | null }) {
  const { t } = useTranslation();
  const { tempUnit } = usePreferences();
  const [showHistory, setShowHistory] = useState(false);
  const [correcting, setCorrecting] = useState(false);
  const summary = entrySummary(entry.kind, entry.data, tempUnit);
  const kind = entry.kind;

  return (
    <li className="timeline-entry" data-testid={`timeline-entry-${entry.id}`} data-kind={kind}>
      <div className="timeline-when">
        <span className="timeline-day">{episodeDay(entry.effectiveAt, infusionTime)}</span>
        <span className="timeline-time">{formatDateTime(entry.effectiveAt)}</span>
      </div>
      <div className="timeline-what">
        <div className="timeline-title">
          <strong>{kindLabel(kind)}</strong>
          {entry.supersedes !== null && (
            <span className="corrected-mark" data-testid="corrected-mark">
              {t('timeline.corrected')}
            </span>
          )}
        </div>
        {summary !== null && <div className="timeline-summary">{summary}</div>}
        {entry.supersedes !== null && entry.reason !== null && <div className="timeline-reason">{t('timeline.correctedReason', { reason: entry.reason })}</div>}
        <div className="timeline-who">
          {t('timeline.recordedBy', { name: entry.recordedBy, role: roleLabel(entry.recordedByRole) })} · {formatDateTime(entry.recordedAt)}
        </div>
        {showHistory && <HistoryList entry={entry} />}
      </div>
      <div className="timeline-actions">
        <button type="button" className="button" aria-expanded={showHistory} data-testid={`history-button-${entry.id}`} onClick={() => setShowHistory(!showHistory)}>
          {showHistory ? t('timeline.hideHistory') : t('timeline.history')}
        </button>
        {isEditable(kind) && (
          <button type="button" className="button" data-testid={`correct-button-${entry.id}`} onClick={() => setCorrecting(true)}>
            {t('timeline.correct')}
          </button>
        )}
      </div>
      {correcting && isEditable(kind) && <CorrectDialog entry={entry} kind={kind} onClose={() => setCorrecting(false)} />}
    </li>
  );
}
