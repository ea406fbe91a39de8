// After a record: what was recorded, and the station's warnings (e.g. the 3rd tocilizumab dose in 24 h) loudly.
import { useTranslation } from 'react-i18next';
import { eventMessage } from '../../../../../shared/clinical/said';
import type { ClinicalEvent } from '../../../../../shared/clinical/events';
import type { Recorded } from './TreatmentActions';
import { say } from '../../../i18n/said';

export function RecordedNotice({ recorded }: { recorded: Recorded }) {
  const { t } = useTranslation();
  const summary = say(eventMessage({ ...recorded.event, source: 'staff' } as ClinicalEvent));
  return (
    <div className="recorded" data-testid="event-recorded">
      <p className="notice" role="status">
        {t('treatments.recorded', { summary })}
      </p>
      {recorded.warningMessages.length > 0 && (
        <div className="warning" role="alert" data-testid="event-warnings">
          <p>{t('treatments.warningsTitle')}</p>
          <ul>
            {recorded.warningMessages.map((w) => (
              <li key={w.key}>{say(w)}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
