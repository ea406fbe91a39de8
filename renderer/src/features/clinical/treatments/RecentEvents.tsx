// The treatments and assessments documented in this episode, newest first.
import { useTranslation } from 'react-i18next';
import type { EntryView } from '../../../../../shared/api/methods/episode';
import { recentEvents } from './recent';
import { roleLabel } from '../../../ui/format/labels';
import { formatDateTime } from '../../../ui/format/time';

export function RecentEvents({ timeline }: { timeline: readonly EntryView[] }) {
  const { t } = useTranslation();
  const events = recentEvents(timeline);
  return (
    <section className="panel" aria-label={t('treatments.recent')} data-testid="recent-events">
      <h2 className="panel-title">{t('treatments.recent')}</h2>
      {events.length === 0 ? (
        <p className="field-hint">{t('treatments.recentEmpty')}</p>
      ) : (
        <ul className="recent-list">
          {events.map((e) => (
            <li key={e.id} className="recent-event" data-testid="recent-event" data-kind={e.kind}>
              <span className="recent-time">{formatDateTime(e.time)}</span>
              <span className="recent-summary">{e.summary}</span>
              <span className="recent-by">{t('treatments.recentBy', { name: e.by, role: roleLabel(e.role) })}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
