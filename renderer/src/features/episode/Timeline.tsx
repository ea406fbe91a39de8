// The episode's record in words, grouped by day (Day +N with the local date), oldest first, filterable by kind:
// treatments, neuro, vital signs, checklist and infusion, grades, notes.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EpisodeView } from '../../../../shared/api/methods/episode';
import { dayLabel } from '../../ui/format/day';
import { formatIsoDate } from '../../ui/format/time';
import { usePreferences } from '../../ui/prefs/PreferencesContext';
import { useEpisodeActions } from './EpisodeActions';
import { TimelineEntry } from './TimelineEntry';
import { TIMELINE_FILTERS, timelineDays, timelineItems, type TimelineFilter } from './timelineItems';
import { useTimelineExtras } from './useTimelineExtras';
import './timeline.css';

export function Timeline({ episode }: { episode: EpisodeView }) {
  const { t } = useTranslation();
  const { tempUnit } = usePreferences();
  const { client, now } = useEpisodeActions();
  const [filter, setFilter] = useState<TimelineFilter>('all');
  const extras = useTimelineExtras(client, episode.admittedAt, now);
  // Made on every render (a few hundred rows at most), so a language switch says them again at once.
  const items = timelineItems({ entries: episode.timeline, ...extras }, tempUnit, episode.infusionTime);
  const days = timelineDays(items, filter, episode.infusionTime);
  return (
    <section className="panel" aria-labelledby="timeline-title" data-testid="timeline">
      <h2 id="timeline-title" className="panel-title">
        {t('timeline.title')}
      </h2>
      <div className="timeline-filters" role="radiogroup" aria-label={t('timeline.filterLabel')} data-testid="timeline-filters">
        {TIMELINE_FILTERS.map((f) => (
          <button key={f} type="button" role="radio" aria-checked={filter === f} className={filter === f ? 'button timeline-filter active' : 'button timeline-filter'} data-testid={`timeline-filter-${f}`} onClick={() => setFilter(f)}>
            {t(`timeline.filters.${f}`)}
          </button>
        ))}
      </div>
      {items.length === 0 ? (
        <p className="field-hint">{t('timeline.empty')}</p>
      ) : days.length === 0 ? (
        <p className="field-hint">{t('timeline.noneOfKind')}</p>
      ) : (
        days.map((day) => (
          <section key={day.key} className="timeline-day-group" data-testid="timeline-day" data-date={day.key} aria-label={t('timeline.dayHeading', { day: dayLabel(day.day), date: formatIsoDate(day.key) })}>
            <h3 className="timeline-day-heading">{t('timeline.dayHeading', { day: dayLabel(day.day), date: formatIsoDate(day.key) })}</h3>
            <ol className="timeline">
              {day.items.map((item) => (
                <TimelineEntry key={item.key} item={item} />
              ))}
            </ol>
          </section>
        ))
      )}
    </section>
  );
}
