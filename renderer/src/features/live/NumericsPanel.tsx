import { useTranslation } from 'react-i18next';
import { useStationNow } from '../../ui/useNow';
import type { DeviceView } from './devices';
import { buildTiles, newestPart, type LatestMap } from './latest';
import { NumericTile } from './NumericTile';
import { PressureTile } from './PressureTile';
import { isStaleValue } from './staleness';

interface Props {
  readonly values: LatestMap;
  readonly clockOffset: number;
  /** Their connection states grey a silent monitor's values at the moment its banner says so. */
  readonly devices: readonly DeviceView[];
  readonly nibpCycleMs: number;
}

/** One tile per param ever seen; ticks every second for the ages (only this panel re-renders). */
export function NumericsPanel({ values, clockOffset, devices, nibpCycleMs }: Props) {
  const { t } = useTranslation();
  const now = useStationNow(clockOffset);
  const tiles = buildTiles(values);
  if (tiles.length === 0) return null;
  const context = { now, devices, nibpCycleMs };
  return (
    <section className="numerics" aria-label={t('numerics.heading')}>
      {tiles.map((tile) => {
        if (tile.kind === 'single') return <NumericTile key={tile.param} value={tile.value} now={now} stale={isStaleValue(tile.value, context)} />;
        const newest = newestPart(tile);
        return (
          <PressureTile
            key={tile.param}
            param={tile.param}
            group={tile.group}
            sys={tile.sys}
            dia={tile.dia}
            mean={tile.mean}
            now={now}
            stale={newest !== undefined && isStaleValue(newest, context)}
            device={newest?.device}
          />
        );
      })}
    </section>
  );
}
