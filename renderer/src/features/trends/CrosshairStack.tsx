// The episode's trend stack with one crosshair across all its charts: mouse over it, or focus it and use ← → (Shift: larger steps),
// Home/End, Escape to hide. The readout lists exact values (or interval extremes on a wide window) and their source.
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActiveSource } from '../../../../shared/api/methods/hl7';
import { msPerPixel, stepCrosshair, timeToX, xToTime, type PlotArea } from './crosshair';
import { allSeriesDrawn, markPaintedWhenDrawn } from '../../charts/paint';
import { readout } from './readout';
import { CrosshairTip } from './CrosshairTip';
import { EpisodeTrendStack, type ChartModel } from './EpisodeTrendStack';

interface Props {
  readonly model: ChartModel | null;
  readonly plot: PlotArea;
  readonly aggregated: boolean;
  readonly sources: readonly ActiveSource[];
  /** performance.now() of the whole-episode data on screen, for the paint mark. */
  readonly episodeDataAt: number | null;
  readonly containerRef: (element: HTMLElement | null) => void;
}

export function CrosshairStack({ model, plot, aggregated, sources, episodeDataAt, containerRef }: Props) {
  const { t } = useTranslation();
  const [hover, setHover] = useState<number | null>(null);
  const box = useRef<HTMLDivElement | null>(null);
  const marked = useRef<number | null>(null);
  const cancelMark = useRef<() => void>(() => {});
  // One ref for the element's life: a new one each render would re-measure it (a forced layout) on every commit.
  const attach = useCallback(
    (el: HTMLDivElement | null) => {
      box.current = el;
      containerRef(el);
    },
    [containerRef],
  );

  // Not cancelled when the model changes again (readings, flags): only a newer episode load or leaving the screen.
  useLayoutEffect(() => {
    if (model === null || episodeDataAt === null || marked.current === episodeDataAt) return;
    marked.current = episodeDataAt;
    cancelMark.current();
    cancelMark.current = markPaintedWhenDrawn(episodeDataAt, () => box.current !== null && allSeriesDrawn(box.current));
  }, [model, episodeDataAt]);
  useEffect(() => () => cancelMark.current(), []);

  const rows = useMemo(
    () => (hover === null || model === null ? [] : readout(hover, model.series, model.manual, model.tempUnit, msPerPixel(plot), sources)),
    [hover, model, plot, sources],
  );
  const inWindow = hover !== null && hover >= plot.from && hover <= plot.to ? hover : null;

  const onMove = (event: React.MouseEvent) => {
    const rect = box.current?.getBoundingClientRect();
    if (rect === undefined) return;
    const x = event.clientX - rect.left;
    setHover(x >= plot.left && x <= plot.right ? xToTime(x, plot) : null);
  };
  const onKey = (event: React.KeyboardEvent) => {
    const keys: Record<string, () => number | null> = {
      ArrowLeft: () => stepCrosshair(inWindow, plot, -1, event.shiftKey),
      ArrowRight: () => stepCrosshair(inWindow, plot, 1, event.shiftKey),
      Home: () => plot.from,
      End: () => plot.to,
      Escape: () => null,
    };
    const next = keys[event.key];
    if (next === undefined) return;
    event.preventDefault();
    setHover(next());
  };

  const x = inWindow === null ? null : timeToX(inWindow, plot);
  const near = (time: number) => inWindow !== null && Math.abs(time - inWindow) <= 8 * msPerPixel(plot);
  const segmentAt = (segments: ChartModel['crs']) => (inWindow === null ? undefined : segments.find((s) => s.from <= inWindow && inWindow < s.to));
  return (
    <div
      ref={attach}
      className="trends-stack"
      data-testid="trends-stack"
      data-from={plot.from}
      data-to={plot.to}
      tabIndex={0}
      role="group"
      aria-label={t('trends.stackLabel')}
      aria-describedby="trends-keys"
      onMouseMove={onMove}
      onMouseLeave={() => setHover(null)}
      onKeyDown={onKey}
    >
      {model !== null && <EpisodeTrendStack model={model} />}
      {model !== null && x !== null && inWindow !== null && (
        <>
          <div className="crosshair-line" data-testid="trends-crosshair" style={{ left: x }} />
          <div className={x > model.width * 0.55 ? 'crosshair-box crosshair-box-left' : 'crosshair-box'} style={x > model.width * 0.55 ? { right: model.width - x + 12 } : { left: x + 12 }}>
            <CrosshairTip
              time={inWindow}
              infusionTime={model.infusionTime}
              rows={rows}
              crs={segmentAt(model.crs)}
              icans={segmentAt(model.icans)}
              events={model.markers.filter((m) => near(m.time))}
              aggregated={aggregated}
              tempUnit={model.tempUnit}
            />
          </div>
        </>
      )}
      <p id="trends-keys" className="visually-hidden">
        {t('trends.keysHint')}
      </p>
    </div>
  );
}
