import { formatAge, isStale } from '../format/age';
import { strings } from '../strings';

/** "12 s ago"; past 60 s the tile is greyed and says so. */
export function TileAge({ param, time, now }: { param: string; time: number; now: number }) {
  const age = now - time;
  return (
    <div className="tile-age">
      {isStale(age) && <span className="tile-stale">{strings.stale}</span>}
      <span data-testid={`numeric-age-${param}`}>{formatAge(age)}</span>
    </div>
  );
}
