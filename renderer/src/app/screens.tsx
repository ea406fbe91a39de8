// The one screen registry: every screen of the window in tab order, with its tab label and what it shows. A new
// screen is its folder under features/ and one line here.
import type { ReactElement } from 'react';
import type { LinkState, StationClient } from '../api/stationClient';
import { TreatmentsScreen } from '../features/clinical/treatments/TreatmentsScreen';
import { DevicesScreen } from '../features/devices/DevicesScreen';
import { EpisodeScreen } from '../features/episode/EpisodeScreen';
import type { EpisodeState } from '../features/episode/useEpisode';
import { HandoverScreen } from '../features/handover/HandoverScreen';
import { LabsScreen } from '../features/labs/LabsScreen';
import type { LatestMap } from '../features/live/latest';
import { LiveScreen } from '../features/live/LiveScreen';
import type { StationView } from '../features/live/useStation';
import { MessagesScreen } from '../features/messages/MessagesScreen';
import { RoundsScreen } from '../features/rounds/RoundsScreen';
import { SendingScreen } from '../features/sending/SendingScreen';
import { TrendsScreen } from '../features/trends/TrendsScreen';
import type { ZoomChoice } from '../features/trends/zoom';

/** What the window holds for its screens. */
export interface ScreenContext {
  readonly client: StationClient;
  readonly link: LinkState;
  readonly station: StationView;
  readonly latest: LatestMap;
  readonly episode: EpisodeState;
  /** The review screens' (trends, labs, rounds) one zoom: a Day opened from rounds shows on the trends. */
  readonly zoom: ZoomChoice;
  readonly onZoom: (zoom: ZoomChoice) => void;
  readonly onScreen: (screen: Screen) => void;
}

interface ScreenEntry {
  /** The tab's label (the screens added by the clinical feature keep their strings under their own keys). */
  readonly label: string;
  /** A review screen shares the zoom with the other review screens; leaving them all resets it. */
  readonly review?: true;
  readonly render: (c: ScreenContext) => ReactElement;
}

const REGISTRY = {
  live: { label: 'nav.live', render: (c) => <LiveScreen client={c.client} link={c.link} station={c.station} latest={c.latest} admitted={c.episode.episode !== null} /> },
  episode: { label: 'nav.episode', render: (c) => <EpisodeScreen client={c.client} state={c.episode} clockOffset={c.station.clockOffset} /> },
  treatments: { label: 'treatments.tab', render: (c) => <TreatmentsScreen client={c.client} link={c.link} state={c.episode} clockOffset={c.station.clockOffset} /> },
  trends: {
    label: 'trends.tab',
    review: true,
    render: (c) => <TrendsScreen client={c.client} link={c.link} episode={c.episode.episode} clockOffset={c.station.clockOffset} zoom={c.zoom} onZoom={c.onZoom} />,
  },
  labs: { label: 'labs.tab', review: true, render: (c) => <LabsScreen client={c.client} link={c.link} episode={c.episode.episode} clockOffset={c.station.clockOffset} /> },
  rounds: {
    label: 'rounds.tab',
    review: true,
    render: (c) => (
      <RoundsScreen
        client={c.client}
        link={c.link}
        onOpenDay={(day) => {
          c.onZoom({ kind: 'day', day });
          c.onScreen('trends');
        }}
      />
    ),
  },
  handover: { label: 'report.tab', render: (c) => <HandoverScreen client={c.client} link={c.link} /> },
  devices: { label: 'deviceSetup.tab', render: (c) => <DevicesScreen client={c.client} link={c.link} clockOffset={c.station.clockOffset} /> },
  messages: { label: 'hl7View.tab', render: (c) => <MessagesScreen client={c.client} link={c.link} /> },
  sending: { label: 'sending.tab', render: (c) => <SendingScreen client={c.client} link={c.link} clockOffset={c.station.clockOffset} /> },
} as const satisfies Record<string, ScreenEntry>;

export type Screen = keyof typeof REGISTRY;
export const SCREENS = Object.keys(REGISTRY) as readonly Screen[];

export const screenLabel = (screen: Screen) => REGISTRY[screen].label;
export const isReviewScreen = (screen: Screen): boolean => 'review' in REGISTRY[screen];
export const renderScreen = (screen: Screen, context: ScreenContext): ReactElement => REGISTRY[screen].render(context);
