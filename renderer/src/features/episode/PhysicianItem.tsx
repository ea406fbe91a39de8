// A checklist step only a physician records (the timing override, a baseline acknowledgement): what was recorded,
// by whom and when, with "Correct…"; else the physician's form, or a hint for anyone else.
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { EntryView } from '../../../../shared/api/methods/episode';
import { entrySummary } from './summaries';
import { formatDateTime } from '../../ui/format/time';
import { usePreferences } from '../../ui/prefs/PreferencesContext';
import { useSession } from '../../ui/session/SessionContext';
import { CorrectDialog } from './CorrectDialog';
import type { EditableKind } from './ItemEditor';

interface Props {
  readonly kind: EditableKind & ('timing_override' | 'baseline_acknowledgement');
  readonly title: string;
  readonly testId: string;
  readonly entry: EntryView | undefined;
  /** The form to record it; null once the infusion is recorded (then it is only corrected). */
  readonly form: ReactNode;
  readonly onlyPhysician: string;
}

export function PhysicianItem({ kind, title, testId, entry, form, onlyPhysician }: Props) {
  const { t } = useTranslation();
  const { tempUnit } = usePreferences();
  const { user } = useSession();
  const [correcting, setCorrecting] = useState(false);
  const physician = user?.role === 'physician';
  return (
    <div className="item" data-testid={testId}>
      <h3 className="item-title">{title}</h3>
      {entry !== undefined ? (
        <>
          <p className="item-summary">{entrySummary(kind, entry.data, tempUnit)}</p>
          <span className="item-meta">{t('checklist.recorded', { name: entry.recordedBy, time: formatDateTime(entry.recordedAt) })}</span>
          {physician && (
            <button type="button" className="button" onClick={() => setCorrecting(true)}>
              {t('checklist.correct')}
            </button>
          )}
          {correcting && <CorrectDialog entry={entry} kind={kind} onClose={() => setCorrecting(false)} />}
        </>
      ) : physician ? (
        form
      ) : (
        <p className="field-hint">{onlyPhysician}</p>
      )}
    </div>
  );
}
