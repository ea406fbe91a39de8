// The screens this feature adds to the window: treatments, device setup, HL7 messages.
import type { LinkState, StationClient } from '../../api/stationClient';
import type { EpisodeState } from '../../hooks/useEpisode';
import { DevicesScreen } from '../devices/DevicesScreen';
import { MessagesScreen } from '../messages/MessagesScreen';
import { TreatmentsScreen } from '../treatments/TreatmentsScreen';

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
