import { useTranslation } from 'react-i18next';
import type { LinkState } from '../api/stationClient';

/** Shown while this window has no link to the station: the values on screen are not being updated. */
export function StationBanner({ link }: { link: LinkState }) {
  const { t } = useTranslation();
  if (link === 'connecting') {
    return (
      <div className="banner banner-info" role="status" data-testid="station-connecting">
        {t('link.connecting')}
      </div>
    );
  }
  if (link === 'lost' || link === 'closed') {
    return (
      <div className="banner banner-alert" role="alert" data-testid="station-disconnected">
        {t('link.disconnected')}
      </div>
    );
  }
  return null;
}
