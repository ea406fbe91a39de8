// The flags by priority (prompt, review, info); an unacknowledged flag stays here, cleared or not, until someone
// acknowledges it.
import { useTranslation } from 'react-i18next';
import type { FlagView } from '../../../../shared/api/methods/clinical';
import type { StationClient } from '../../api/stationClient';
import { sortFlags, unacknowledgedCount } from './flags';
import { FlagItem } from './FlagItem';

export function FlagList({ client, flags, now }: { client: StationClient; flags: readonly FlagView[]; now: number }) {
  const { t } = useTranslation();
  const waiting = unacknowledgedCount(flags);
  return (
    <section className="flags" aria-label={t('clinical.flags.heading')} data-testid="flags">
      <h3 className="clinical-subhead">
        {t('clinical.flags.heading')}
        {waiting > 0 && <span className="flags-waiting">{t('clinical.flags.waiting', { count: waiting })}</span>}
      </h3>
      {flags.length === 0 ? (
        <p className="flags-none">{t('clinical.flags.none')}</p>
      ) : (
        <ul className="flag-list">
          {sortFlags(flags).map((f) => (
            <FlagItem key={f.id} client={client} flag={f} now={now} />
          ))}
        </ul>
      )}
    </section>
  );
}
