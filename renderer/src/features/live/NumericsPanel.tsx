import { useTranslation } from 'react-i18next';
import { useStationNow } from '../../ui/useNow';
import { buildTiles, type LatestMap } from './latest';
import { NumericTile } from './NumericTile';
import { PressureTile } from './PressureTile';

interface Props {
  readonly values: LatestMap;
  readonly clockOffset: number;
}

/** One tile per param ever seen; ticks every second for the ages (only this panel re-renders). */
export function NumericsPanel({ values, clockOffset }: Props) {
  const { t } = useTranslation();
  const now = useStationNow(clockOffset);
  const tiles = buildTiles(values);
  if (tiles.length === 0) return null;
  return (
    <section className="numerics" aria-label={t('numerics.heading')}>
      {tiles.map((tile) =>
        tile.kind === 'single' ? (
          <NumericTile key={tile.param} value={tile.value} now={now} />
        ) : (
          <PressureTile
            key={tile.param}
            param={tile.param}
            group={tile.group}
            sys={tile.sys}
            dia={tile.dia}
            mean={tile.mean}
            now={now}
          />
        ),
      )}
    </section>
  );
}
