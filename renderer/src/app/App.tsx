// The window: the top bar (patient, disclaimer, who is signed in, settings, screens) over the chosen screen.
// The shared pieces' stylesheet first: the screens' own (each imports its own) come after it.
import '../ui/common.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StationClient } from '../api/stationClient';
import { useLink } from '../api/useLink';
import { useEpisode } from '../features/episode/useEpisode';
import { useLatest } from '../features/live/useLatest';
import { useStation } from '../features/live/useStation';
import type { ZoomChoice } from '../features/trends/zoom';
import { SessionProvider } from '../ui/session/SessionContext';
import { isReviewScreen, renderScreen, type Screen } from './screens';
import { StationBanner } from './StationBanner';
import { panelId, tabId } from './Tabs';
import { TopBar } from './TopBar';

/** The whole episode, or the last 24 h on Day 0–1 (zoom.ts resolveZoom). */
const DEFAULT_ZOOM: ZoomChoice = { kind: 'default' };

export function App({ client }: { client: StationClient }) {
  useTranslation(); // re-render everything when the language changes
  const link = useLink(client);
  const station = useStation(client, link);
  const latest = useLatest(client, link);
  const episode = useEpisode(client, link);
  const [screen, setScreen] = useState<Screen>('live');
  const [zoom, setZoom] = useState<ZoomChoice>(DEFAULT_ZOOM);
  const onScreen = (next: Screen) => {
    // The review screens keep their zoom between themselves; leaving them starts again from the default window.
    if (!isReviewScreen(next)) setZoom(DEFAULT_ZOOM);
    setScreen(next);
  };

  return (
    <SessionProvider client={client} link={link}>
      {/* The live screen fits the window (#18): its parts scroll inside, the page never does. */}
      <div className={screen === 'live' ? 'app app-fit' : 'app'}>
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
          onScreen={onScreen}
        />
        <main id={panelId(screen)} role="tabpanel" aria-labelledby={tabId(screen)} className={`screen screen-${screen}`}>
          {renderScreen(screen, { client, link, station, latest, episode, zoom, onZoom: setZoom, onScreen })}
        </main>
      </div>
    </SessionProvider>
  );
}
