import { useTranslation } from 'react-i18next';
import type { EpisodeView } from '../../../../shared/api/methods/episode';
import { TimelineEntry } from './TimelineEntry';

/** Every current entry of the episode, oldest first. */
export function Timeline({ episode }: { episode: EpisodeView }) {
  const { t } = useTranslation();
  return (
    <section className="panel" aria-labelledby="timeline-title" data-testid="timeline">
      <h2 id="timeline-title" className="panel-title">
        {t('timeline.title')}
      </h2>
      {episode.timeline.length === 0 ? (
        <p className="field-hint">{t('timeline.empty')}</p>
      ) : (
        <ol className="timeline">
          {episode.timeline.map((entry) => (
            <TimelineEntry key={entry.id} entry={entry} infusionTime={episode.infusionTime} />
          ))}
        </ol>
      )}
    </section>
  );
}
