import { useTranslation } from 'react-i18next';
import type { LatestValue } from '../../../../shared/api/contract';
import type { VitalParam } from '../../../../shared/params';
import { PARAMS } from '../../../../shared/params';
import { unitLabel } from '../../../../shared/units';
import { displayPressure } from '../../ui/format/values';
import type { PressureGroup } from './latest';
import { PARAM_COLORS } from '../../charts/palette';
import { tileClass } from './NumericTile';
import { SourceTag } from '../clinical/SourceTag';
import { ManualTag } from '../../ui/ManualTag';
import { TileAge } from './TileAge';

interface Props {
  /** The systolic param: the tile's identity (numeric-nibp_sys). */
  readonly param: VitalParam;
  readonly group: PressureGroup;
  readonly sys: LatestValue | undefined;
  readonly dia: LatestValue | undefined;
  readonly mean: LatestValue | undefined;
  readonly now: number;
  readonly stale: boolean;
  /** The device of the measurement shown. */
  readonly device: string | undefined;
}

/** "sys/dia (mean)" in one tile; the mean in smaller digits. */
export function PressureTile({ param, group, sys, dia, mean, now, stale, device }: Props) {
  const { t } = useTranslation();
  const shown = displayPressure({ sys, dia, mean });
  const unit = (sys ?? dia ?? mean)?.unit ?? PARAMS[param].unit;
  const split = shown.text.lastIndexOf(' (');
  return (
    <div className={`${tileClass(param, stale, shown.note === null)} tile-pressure`} data-testid={`numeric-${param}`} data-stale={stale} data-device={device}>
      <div className="tile-head">
        <span className="tile-label">
          {group === 'nibp' ? t('numerics.nibp') : t('numerics.abp')}{' '}
          {sys?.source === 'manual' ? <ManualTag enteredBy={sys.enteredBy} testId={`numeric-source-${param}`} /> : <SourceTag param={param} />}
        </span>
        <span className="tile-unit">{unitLabel(unit)}</span>
      </div>
      <div className="tile-value" style={{ color: PARAM_COLORS[param] }} data-testid={`numeric-value-${param}`}>
        {split === -1 ? (
          shown.text
        ) : (
          <>
            {shown.text.slice(0, split)} <span className="tile-mean">{shown.text.slice(split + 1)}</span>
          </>
        )}
      </div>
      {shown.note !== null && <div className="tile-note">{shown.note}</div>}
      {shown.time !== null && <TileAge param={param} time={shown.time} now={now} stale={stale} />}
    </div>
  );
}
