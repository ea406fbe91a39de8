// The flags by priority (prompt, review, info). Current ones are shown; acknowledged or cleared ones are folded under
// "earlier prompts", which still says how many of them nobody has acknowledged.
import { useTranslation } from 'react-i18next';
import type { FlagView } from '../../../../shared/api/methods/clinical';
import type { StationClient } from '../../api/stationClient';
import { isEarlierFlag, sortFlags, unacknowledgedCount } from './flags';
import { FlagItem } from './FlagItem';

export function FlagList({ client, flags, now }: { client: StationClient; flags: readonly FlagView[]; now: number }) {
  const { t } = useTranslation();
  const waiting = unacknowledgedCount(flags);
  const sorted = sortFlags(flags);
  const current = sorted.filter((f) => !isEarlierFlag(f));
  const earlier = sorted.filter(isEarlierFlag);
  const earlierWaiting = unacknowledgedCount(earlier);
  const items = (list: readonly FlagView[]) => (
    <ul className="flag-list">
      {list.map((f) => (
        <FlagItem key={f.id} client={client} flag={f} now={now} />
      ))}
    </ul>
  );
  return (
    <section className="flags" aria-label={t('clinical.flags.heading')} data-testid="flags">
      <h3 className="clinical-subhead">
        {t('clinical.flags.heading')}
        {waiting > 0 && <span className="flags-waiting">{t('clinical.flags.waiting', { count: waiting })}</span>}
      </h3>
      {flags.length === 0 && <p className="flags-none">{t('clinical.flags.none')}</p>}
      {current.length > 0 && items(current)}
      {earlier.length > 0 && (
        <details className="flags-earlier" data-testid="flags-earlier">
          <summary data-testid="flags-earlier-summary">
            {t('clinical.flags.earlier', { count: earlier.length })}
            {earlierWaiting > 0 && <span className="flags-waiting">{t('clinical.flags.earlierWaiting', { count: earlierWaiting })}</span>}
          </summary>
          {items(earlier)}
        </details>
      )}
    </section>
  );
}
