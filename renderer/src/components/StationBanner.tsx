import type { LinkState } from '../api/stationClient';
import { strings } from '../strings';

/** Shown while this window has no link to the station: the values on screen are not being updated. */
export function StationBanner({ link }: { link: LinkState }) {
  if (link === 'connecting') {
    return (
      <div className="banner banner-info" role="status" data-testid="station-connecting">
        {strings.stationConnecting}
      </div>
    );
  }
  if (link === 'lost' || link === 'closed') {
    return (
      <div className="banner banner-alert" role="alert" data-testid="station-disconnected">
        {strings.stationDisconnected}
      </div>
    );
  }
  return null;
}
