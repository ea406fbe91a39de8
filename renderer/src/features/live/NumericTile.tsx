import { useTranslation } from 'react-i18next';
import type { LatestValue } from '../../../../shared/api/contract';
import { unitLabel } from '../../../../shared/units';
import { paramLabel } from '../../ui/format/labels';
import { displayUnit } from '../../ui/format/temperature';
import { displayValue } from '../../ui/format/values';
import { usePreferences } from '../../ui/prefs/PreferencesContext';
import { PARAM_COLORS } from '../../charts/palette';
import { SourceTag } from '../clinical/SourceTag';
import { TileAge } from './TileAge';
import { ManualTag } from '../../ui/ManualTag';
import { knownSite } from '../../../../shared/clinical/said';
import { sayParam } from '../../i18n/said';

/** Params read from across the bed get the largest digits. */
export const LARGE_PARAMS: ReadonlySet<string> = new Set(['hr', 'spo2', 'nibp_sys']);

/** A stale tile keeps its value's colour: the dashed frame and the age badge say it is old (#18). */
export function tileClass(param: string, stale: boolean, valid: boolean): string {
  return ['tile', LARGE_PARAMS.has(param) ? 'tile-large' : 'tile-small', stale ? 'tile-is-stale' : '', valid ? '' : 'tile-no-number']
    .filter(Boolean)
    .join(' ');
}

export function NumericTile({ value, now, stale }: { value: LatestValue; now: number; stale: boolean }) {
  const { t } = useTranslation();
  const { tempUnit } = usePreferences();
  const { param } = value;
  const shown = displayValue(value, tempUnit);
  return (
    <div className={tileClass(param, stale, shown.note === null)} data-testid={`numeric-${param}`} data-status={value.status} data-stale={stale} data-device={value.device}>
      <div className="tile-head">
        <span className="tile-label">
          {paramLabel(param)} {value.source === 'manual' ? <ManualTag enteredBy={value.enteredBy} testId={`numeric-source-${param}`} /> : <SourceTag param={param} />}
        </span>
        <span className="tile-unit">{unitLabel(displayUnit(value.unit, tempUnit))}</span>
      </div>
      <div className="tile-value" style={{ color: PARAM_COLORS[param] }} data-testid={`numeric-value-${param}`}>
        {shown.text}
      </div>
      {shown.note !== null && <div className="tile-note">{shown.note}</div>}
      {value.site !== undefined && <div className="tile-site">{t('numerics.site', { site: sayParam(knownSite(value.site)) })}</div>}
      <TileAge param={param} time={value.time} now={now} stale={stale} />
    </div>
  );
}
