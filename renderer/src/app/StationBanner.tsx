import { useTranslation } from 'react-i18next';
import type { LinkState } from '../api/stationClient';
import type { StorageStatus } from '../../../shared/api/contract';
import { formatSince } from '../ui/format/time';
import { useStationNow } from '../ui/useNow';
import { MINUTE_MS } from '../../../shared/time';

/**
 * Shown while this window has no link to the station (the values on screen are not being updated), or while the
 * station cannot store anything (disk full, failing disk, read-only file).
 */
export function StationBanner({ link, storage, clockOffset = 0 }: { link: LinkState; storage?: StorageStatus; clockOffset?: number }) {
  const { t } = useTranslation();
  const now = useStationNow(clockOffset, MINUTE_MS);
  if (link === 'open' && storage && !storage.ok) {
    return (
      <div className="banner banner-alert" role="alert" data-testid="station-storage-problem">
        {t('link.storageProblem', { since: storage.since !== undefined ? formatSince(storage.since, now) : '?', reason: storage.reason ?? '' })}
      </div>
    );
  }
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
