// The screens this feature adds to the window: treatments, device setup, HL7 messages.
import type { LinkState, StationClient } from '../api/stationClient';
import type { EpisodeState } from '../features/episode/useEpisode';
import { DevicesScreen } from '../features/devices/DevicesScreen';
import { MessagesScreen } from '../features/messages/MessagesScreen';
import { TreatmentsScreen } from '../features/clinical/treatments/TreatmentsScreen';

interface Props {
  readonly screen: 'treatments' | 'devices' | 'messages';
  readonly client: StationClient;
  readonly link: LinkState;
  readonly episode: EpisodeState;
  readonly clockOffset: number;
}

export function ExtraScreens({ screen, client, link, episode, clockOffset }: Props) {
  switch (screen) {
    case 'treatments':
      return <TreatmentsScreen client={client} link={link} state={episode} clockOffset={clockOffset} />;
    case 'devices':
      return <DevicesScreen client={client} link={link} clockOffset={clockOffset} />;
    case 'messages':
      return <MessagesScreen client={client} link={link} />;
  }
}
