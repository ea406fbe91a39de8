// The crosshair's readout: the moment, each param's nearest reading with its time and source, the suggested grades
// then, and the treatments and flags near it.
import { useTranslation } from 'react-i18next';
import { PARAMS } from '../../../../shared/params';
import { unitLabel } from '../../../../shared/units';
import { formatClock } from '../../ui/format/time';
import { displayUnit } from '../../ui/format/temperature';
import { paramLabel } from '../../ui/format/labels';
import { formatNumber } from '../../ui/format/values';
import type { TempUnit } from '../../ui/prefs/preferences';
import { axisLabel } from '../../charts/timeAxis';
import { gradeText, type EventMarker, type GradeSegment } from './markers';
import type { ReadoutRow } from './readout';

interface Props {
  readonly time: number;
  readonly infusionTime: number | null;
  readonly rows: readonly ReadoutRow[];
  readonly crs: GradeSegment | undefined;
  readonly icans: GradeSegment | undefined;
  readonly events: readonly EventMarker[];
  readonly aggregated: boolean;
  readonly tempUnit: TempUnit;
}

export function CrosshairTip({ time, infusionTime, rows, crs, icans, events, aggregated, tempUnit }: Props) {
  const { t } = useTranslation();
  const source = (r: ReadoutRow) => {
    if (r.source !== 'manual') return t(`trends.source.${r.source}`);
    const details = [r.site === null ? null : t(`manualVitals.sites.${r.site}` as 'manualVitals.sites.oral', { defaultValue: r.site }), r.by].filter(Boolean).join(', ');
    return details === '' ? t('trends.source.manual') : t('trends.source.manualBy', { details });
  };
  return (
    <div className="crosshair-tip" data-testid="trends-tooltip" role="status" aria-live="polite">
      <div className="crosshair-when">{axisLabel(time, infusionTime)}</div>
      <table className="crosshair-rows">
        <tbody>
          {rows.map((r) => (
            <tr key={r.param} className={r.source === 'manual' ? 'crosshair-manual' : undefined} data-testid={`tooltip-${r.param}`} data-source={r.source}>
              <th scope="row">{paramLabel(r.param)}</th>
              <td className="crosshair-value">
                {formatNumber(r.value, PARAMS[r.param].decimals)} <span className="crosshair-unit">{unitLabel(displayUnit(PARAMS[r.param].unit, tempUnit))}</span>
              </td>
              <td className="crosshair-at">{formatClock(r.time)}</td>
              <td className="crosshair-source">{r.source === 'manual' ? `◆ ${source(r)}` : source(r)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length === 0 && <div className="crosshair-none">{t('trends.noReading')}</div>}
      <div className="crosshair-grades">
        {t('trends.gradeAt', { crs: gradeText(crs?.grade ?? null), icans: gradeText(icans?.grade ?? null) })}
      </div>
      {events.map((e) => (
        <div key={`${e.kind}-${e.time}`} className="crosshair-event">
          {formatClock(e.time)} · {t(`trends.markers.${e.kind}`)}: {e.label}
        </div>
      ))}
      {aggregated && <div className="crosshair-note">{t('trends.aggregatedNote')}</div>}
    </div>
  );
}
