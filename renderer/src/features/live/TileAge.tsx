import { useTranslation } from 'react-i18next';
import { formatAge, isStale } from '../../ui/format/age';

/** "12 s ago"; past 60 s the tile is greyed and says so. */
export function TileAge({ param, time, now }: { param: string; time: number; now: number }) {
  const { t } = useTranslation();
  const age = now - time;
  return (
    <div className="tile-age">
      {isStale(age) && <span className="tile-stale">{t('numerics.stale')}</span>}
      <span data-testid={`numeric-age-${param}`}>{formatAge(age)}</span>
    </div>
  );
}
