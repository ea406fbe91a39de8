// One checklist item: recorded (who, when, what; "Correct…") or its form to record it.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EntryView } from '../../../../shared/api/methods/episode';
import type { ChecklistData, ChecklistItemKind } from '../../../../shared/episode/records';
import { entrySummary, kindLabel } from './summaries';
import { formatDateTime } from '../../ui/format/time';
import { usePreferences } from '../../ui/prefs/PreferencesContext';
import { CorrectDialog } from './CorrectDialog';
import { useEpisodeActions } from './EpisodeActions';
import { ItemEditor } from './ItemEditor';

interface Props {
  readonly kind: Exclude<ChecklistItemKind, 'timing_override' | 'baseline_acknowledgement'>;
  readonly entry: EntryView | undefined;
  /** After the infusion, items are corrected, not recorded. */
  readonly locked: boolean;
}

export function ChecklistItem({ kind, entry, locked }: Props) {
  const { t } = useTranslation();
  const { tempUnit } = usePreferences();
  const actions = useEpisodeActions();
  const [correcting, setCorrecting] = useState(false);
  const save = (data: unknown) => actions.record(kind, data as ChecklistData<typeof kind>);

  return (
    <li className={entry ? 'item item-done' : 'item item-missing'} data-testid={`item-${kind}`} data-state={entry ? 'recorded' : 'missing'}>
      <div className="item-head">
        <h3 className="item-title">
          <span className="item-mark" aria-hidden="true">
            {entry ? '✓' : '○'}
          </span>
          {kindLabel(kind)}
        </h3>
        {entry ? (
          <>
            <span className="item-meta">{t('checklist.recorded', { name: entry.recordedBy, time: formatDateTime(entry.recordedAt) })}</span>
            <button type="button" className="button" data-testid={`item-${kind}-correct`} onClick={() => setCorrecting(true)}>
              {t('checklist.correct')}
            </button>
          </>
        ) : (
          <span className="item-meta item-meta-missing">{t('checklist.notRecorded')}</span>
        )}
      </div>
      {entry && <p className="item-summary">{entrySummary(kind, entry.data, tempUnit)}</p>}
      {!entry && !locked && <ItemEditor kind={kind} data={null} correcting={false} onSave={save} />}
      {entry && correcting && <CorrectDialog entry={entry} kind={kind} onClose={() => setCorrecting(false)} />}
    </li>
  );
}
