// The review screens (trends, labs, rounds) share one zoom: a Day opened from the rounds view shows on the trends,
// and the trends keep their window while the person looks at the labs.
import { useState } from 'react';
import type { EpisodeView } from '../../../shared/api/methods/episode';
import type { LinkState, StationClient } from '../api/stationClient';
import type { ZoomChoice } from '../features/trends/zoom';
import { LabsScreen } from '../features/labs/LabsScreen';
import { RoundsScreen } from '../features/rounds/RoundsScreen';
import { TrendsScreen } from '../features/trends/TrendsScreen';

export type ReviewScreen = 'trends' | 'labs' | 'rounds';

interface Props {
  readonly screen: ReviewScreen;
  readonly onScreen: (screen: ReviewScreen) => void;
  readonly client: StationClient;
  readonly link: LinkState;
  readonly episode: EpisodeView | null;
  readonly clockOffset: number;
}

export function ReviewScreens({ screen, onScreen, client, link, episode, clockOffset }: Props) {
  const [zoom, setZoom] = useState<ZoomChoice>({ kind: 'episode' });
  if (screen === 'labs') return <LabsScreen client={client} link={link} episode={episode} clockOffset={clockOffset} />;
  if (screen === 'rounds')
    return (
      <RoundsScreen
        client={client}
        link={link}
        onOpenDay={(day) => {
          setZoom({ kind: 'day', day });
          onScreen('trends');
        }}
      />
    );
  return <TrendsScreen client={client} link={link} episode={episode} clockOffset={clockOffset} zoom={zoom} onZoom={setZoom} />;
}
