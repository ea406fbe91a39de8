import { useTranslation } from 'react-i18next';
import { formatAge } from '../../ui/format/age';

/** "12 s ago"; a stale value says so in a badge as prominent as its label, never by fading the value. */
export function TileAge({ param, time, now, stale }: { param: string; time: number; now: number; stale: boolean }) {
  const { t } = useTranslation();
  return (
    <div className={stale ? 'tile-age tile-age-stale' : 'tile-age'}>
      {stale && (
        <span className="tile-stale" data-testid={`numeric-stale-${param}`}>
          {t('numerics.stale')}
        </span>
      )}
      <span data-testid={`numeric-age-${param}`}>{formatAge(now - time)}</span>
    </div>
  );
}
