// The episode screen: admission when nobody is admitted; otherwise the admission, checklist, infusion and timeline.
import { useTranslation } from 'react-i18next';
import type { StationClient } from '../../api/stationClient';
import type { EpisodeState } from './useEpisode';
import { AdmissionForm } from './AdmissionForm';
import { ChecklistPanel } from './ChecklistPanel';
import { EpisodeActionsProvider } from './EpisodeActions';
import { EpisodeSummary } from './EpisodeSummary';
import { InfusionPanel } from './InfusionPanel';
import { Timeline } from './Timeline';
import './episode.css';

interface Props {
  readonly client: StationClient;
  readonly state: EpisodeState;
  readonly clockOffset: number;
}

export function EpisodeScreen({ client, state, clockOffset }: Props) {
  const { t } = useTranslation();
  if (state.error !== null && !state.loaded) return <p className="form-error">{t('episode.loadError', { message: state.error })}</p>;
  if (!state.loaded) return <p className="notice">{t('episode.loading')}</p>;
  const { episode } = state;
  return (
    <EpisodeActionsProvider client={client} apply={state.apply} clockOffset={clockOffset} episode={episode}>
      {episode === null ? (
        <AdmissionForm products={state.products} replacing={null} />
      ) : (
        <div className="episode" data-testid="episode">
          <EpisodeSummary episode={episode} products={state.products} />
          <ChecklistPanel episode={episode} />
          <InfusionPanel episode={episode} />
          <Timeline episode={episode} />
        </div>
      )}
    </EpisodeActionsProvider>
  );
}
