// One row of the timeline: the local time, what it is and what was done in words, who recorded it, a "corrected"
// mark; History and Correct for the episode's entries.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { roleLabel } from '../../ui/format/labels';
import { formatClock, formatDateTime } from '../../ui/format/time';
import { CorrectDialog } from './CorrectDialog';
import { HistoryList } from './HistoryList';
import { isEditable } from './ItemEditor';
import type { TimelineItem } from './timelineItems';
import { MINUTE_MS } from '../../../../shared/time';

export function TimelineEntry({ item }: { item: TimelineItem }) {
  const { t } = useTranslation();
  const [showHistory, setShowHistory] = useState(false);
  const [correcting, setCorrecting] = useState(false);
  const { entry } = item;
  const who = item.by === null ? null : item.role === null ? t('timeline.enteredBy', { name: item.by }) : t('timeline.recordedBy', { name: item.by, role: roleLabel(item.role) });

  return (
    <li className="timeline-entry" data-testid={entry ? `timeline-entry-${entry.id}` : 'timeline-item'} data-kind={item.kind} data-category={item.category}>
      <div className="timeline-when">
        <span className="timeline-time">{formatClock(item.time)}</span>
      </div>
      <div className="timeline-what">
        <div className="timeline-title">
          <strong>{item.title}</strong>
          {entry !== null && entry.supersedes !== null && (
            <span className="corrected-mark" data-testid="corrected-mark">
              {t('timeline.corrected')}
            </span>
          )}
        </div>
        {item.summary !== null && (
          <div className="timeline-summary" data-testid="timeline-summary">
            {item.summary}
          </div>
        )}
        {entry !== null && entry.supersedes !== null && entry.reason !== null && <div className="timeline-reason">{t('timeline.correctedReason', { reason: entry.reason })}</div>}
        {who !== null && (
          <div className="timeline-who">
            {who}
            {entry !== null && Math.abs(entry.recordedAt - entry.effectiveAt) >= MINUTE_MS && <> · {t('timeline.recordedAt', { time: formatDateTime(entry.recordedAt) })}</>}
          </div>
        )}
        {showHistory && entry !== null && <HistoryList entry={entry} />}
      </div>
      {entry !== null && (
        <div className="timeline-actions">
          <button type="button" className="button" aria-expanded={showHistory} data-testid={`history-button-${entry.id}`} onClick={() => setShowHistory(!showHistory)}>
            {showHistory ? t('timeline.hideHistory') : t('timeline.history')}
          </button>
          {isEditable(entry.kind) && (
            <button type="button" className="button" data-testid={`correct-button-${entry.id}`} onClick={() => setCorrecting(true)}>
              {t('timeline.correct')}
            </button>
          )}
        </div>
      )}
      {correcting && entry !== null && isEditable(entry.kind) && <CorrectDialog entry={entry} kind={entry.kind} onClose={() => setCorrecting(false)} />}
    </li>
  );
}
