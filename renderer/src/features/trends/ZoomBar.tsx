// Zoom and pan: the whole episode, one Day, the last 12 hours, a custom range; ◀ ▶ move the window by half its width.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dayLabel } from '../../ui/format/day';
import { panRange, type TimeRange, type Zoom, type ZoomChoice } from './zoom';
import { CustomRange } from './CustomRange';

interface Props {
  readonly zoom: Zoom;
  readonly days: readonly number[];
  readonly onZoom: (choice: ZoomChoice) => void;
}

export function ZoomBar({ zoom, days, onZoom }: Props) {
  const { t } = useTranslation();
  const [custom, setCustom] = useState(false);
  const pressed = (kind: Zoom['kind']) => ({ 'aria-pressed': zoom.kind === kind, className: zoom.kind === kind ? 'range-button range-active' : 'range-button' });
  const pan = (direction: -1 | 1) => onZoom({ kind: 'custom', ...panRange(zoom, direction) });
  const apply = (range: TimeRange) => {
    onZoom({ kind: 'custom', ...range });
    setCustom(false);
  };
  return (
    <div className="zoom" role="group" aria-label={t('trends.zoomLabel')}>
      <button type="button" {...pressed('episode')} data-testid="trends-zoom-episode" onClick={() => onZoom({ kind: 'episode' })}>
        {t('trends.zoomEpisode')}
      </button>
      <label className="zoom-day">
        <span className="visually-hidden">{t('trends.zoomDay')}</span>
        <select
          className={zoom.kind === 'day' ? 'zoom-select range-active' : 'zoom-select'}
          value={zoom.kind === 'day' ? String(zoom.day) : ''}
          data-testid="trends-zoom-day"
          onChange={(e) => e.target.value !== '' && onZoom({ kind: 'day', day: Number(e.target.value) })}
          disabled={days.length === 0}
        >
          <option value="">{t('trends.zoomDay')}</option>
          {days.map((d) => (
            <option key={d} value={d}>
              {dayLabel(d)}
            </option>
          ))}
        </select>
      </label>
      <button type="button" {...pressed('last12h')} data-testid="trends-zoom-12h" onClick={() => onZoom({ kind: 'last12h' })}>
        {t('trends.zoom12h')}
      </button>
      <button type="button" {...pressed('custom')} aria-expanded={custom} data-testid="trends-zoom-custom" onClick={() => setCustom(!custom)}>
        {t('trends.zoomCustom')}
      </button>
      <span className="zoom-pan">
        <button type="button" className="range-button" data-testid="trends-pan-left" aria-label={t('trends.panLeft')} title={t('trends.panLeft')} onClick={() => pan(-1)}>
          ◀
        </button>
        <button type="button" className="range-button" data-testid="trends-pan-right" aria-label={t('trends.panRight')} title={t('trends.panRight')} onClick={() => pan(1)}>
          ▶
        </button>
      </span>
      {custom && <CustomRange initial={zoom} onApply={apply} onCancel={() => setCustom(false)} />}
    </div>
  );
}
