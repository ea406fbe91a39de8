// The window: the top bar (patient, disclaimer, who is signed in, settings, screens) over the chosen screen.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StationClient } from '../api/stationClient';
import { ExtraScreens } from './ExtraScreens';
import { EpisodeScreen } from '../features/episode/EpisodeScreen';
import { StationBanner } from './StationBanner';
import { panelId, tabId, type Screen } from './Tabs';
import { TopBar } from './TopBar';
import { ReviewScreens } from './ReviewScreens';
import { useEpisode } from '../features/episode/useEpisode';
import { useLatest } from '../features/live/useLatest';
import { useLink } from '../api/useLink';
import { useStation } from './useStation';
import { LiveScreen } from '../features/live/LiveScreen';
import { SessionProvider } from '../ui/session/SessionContext';
import { HandoverScreen } from '../features/handover/HandoverScreen';

export function App({ client }: { client: StationClient }) {
  useTranslation(); // re-render everything when the language changes
  const link = useLink(client);
  const station = useStation(client, link);
  const latest = useLatest(client, link);
  const episode = useEpisode(client, link);
  const [screen, setScreen] = useState<Screen>('live');

  return (
    <SessionProvider client={client} link={link}>
      <div className="app">
        <StationBanner link={link} storage={station.storage} clockOffset={station.clockOffset} />
        <TopBar
          loaded={station.loaded || episode.loaded}
          stationName={station.stationName}
          // The open episode is the station's patient; once it is known it wins over the 30-s status refresh.
          patient={episode.loaded ? (episode.episode?.patient ?? null) : station.patient}
          episode={episode.episode}
          error={station.error}
          clockOffset={station.clockOffset}
          screen={screen}
          onScreen={setScreen}
        />
        <main id={panelId(screen)} role="tabpanel" aria-labelledby={tabId(screen)} className="screen">
          {screen === 'live' ? (
            <LiveScreen client={client} link={link} station={station} latest={latest} />
          ) : screen === 'episode' ? (
            <EpisodeScreen client={client} state={episode} clockOffset={station.clockOffset} />
          ) : screen === 'trends' || screen === 'labs' || screen === 'rounds' ? (
            <ReviewScreens screen={screen} onScreen={setScreen} client={client} link={link} episode={episode.episode} clockOffset={station.clockOffset} />
          ) : screen === 'handover' ? (
            <HandoverScreen client={client} link={link} />
          ) : (
            <ExtraScreens screen={screen} client={client} link={link} episode={episode} clockOffset={station.clockOffset} />
          )}
        </main>
      </div>
    </SessionProvider>
  );
}
