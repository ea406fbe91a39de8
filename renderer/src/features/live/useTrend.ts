// The trend of the last N hours: fetched on open, on range change and every 10 s; live values appended between.
import { startTransition, useEffect, useRef, useState } from 'react';
import type { LinkState, StationClient } from '../../api/stationClient';
import { appendLive, fromServer, mergeRefresh, trim, TREND_PARAMS, type SeriesMap, type TrendRangeHours } from './series';
import { HOUR_MS, MINUTE_MS } from '../../../../shared/time';
import { errorMessage } from '../../../../shared/errors';

const TREND_REFRESH_MS = 10_000;
const FUTURE_TOLERANCE_MS = 5_000;

export interface TrendView {
  readonly rangeHours: TrendRangeHours;
  /** The window shown, station-clock ms. */
  readonly from: number;
  readonly to: number;
  readonly series: SeriesMap;
  /** False until the station answered once for this range. */
  readonly loaded: boolean;
  readonly error: string | null;
}

function windowAt(now: number, rangeHours: number): { from: number; to: number } {
  const to = Math.round(now);
  return { from: to - rangeHours * HOUR_MS, to };
}

export function useTrend(client: StationClient, link: LinkState, rangeHours: TrendRangeHours, clockOffset: number): TrendView {
  const offsetRef = useRef(clockOffset);
  useEffect(() => {
    offsetRef.current = clockOffset;
  }, [clockOffset]);

  const [view, setView] = useState<TrendView>(() => ({
    rangeHours,
    ...windowAt(Date.now() + clockOffset, rangeHours),
    series: {},
    loaded: false,
    error: null,
  }));

  // A new range: move the window now and keep what is already known inside it until the answer.
  if (view.rangeHours !== rangeHours) {
    const w = windowAt(Date.now() + clockOffset, rangeHours);
    setView({ rangeHours, ...w, series: trim(view.series, w.from), loaded: false, error: null });
  }

  // Reload at once when the station's clock turns out to differ from this window's (first status, a clock change).
  const clockMinutes = Math.round(clockOffset / MINUTE_MS);
  useEffect(() => {
    if (link !== 'open') return;
    let cancelled = false;
    let latestSent = 0;
    let latestApplied = 0;
    const load = async (): Promise<void> => {
      const seq = ++latestSent;
      const { from, to } = windowAt(Date.now() + offsetRef.current, rangeHours);
      try {
        const answer = await client.call('observations.trend', { params: [...TREND_PARAMS], from, to });
        if (cancelled || seq < latestApplied) return;
        latestApplied = seq;
        // A transition: the numerics' update never waits behind the chart's (React renders the tiles first).
        startTransition(() => setView((prev) => {
          // Live pushes may have moved the window a little ahead; a window far ahead was set before the station's clock was known.
          const end = prev.to > to + FUTURE_TOLERANCE_MS ? to : Math.max(to, prev.to);
          const start = end - rangeHours * HOUR_MS;
          const series = trim(mergeRefresh(fromServer(answer), prev.series, to), start);
          return { rangeHours, from: start, to: end, series, loaded: true, error: null };
        }));
      } catch (error) {
        if (!cancelled) setView((prev) => ({ ...prev, error: errorMessage(error) }));
      }
    };
    void load();
    const timer = setInterval(() => void load(), TREND_REFRESH_MS);
    return () => {
      cancelled = true;
      clearInterval(timer);
    };
  }, [client, link, rangeHours, clockMinutes]);

  useEffect(
    () =>
      client.on('observations', (batch) => {
        // A value stamped in the future (a wrong clock) must not drag the window along.
        const limit = Date.now() + offsetRef.current + FUTURE_TOLERANCE_MS;
        startTransition(() => setView((prev) => {
          const newest = batch.reduce((max, o) => (o.time <= limit ? Math.max(max, o.time) : max), prev.to);
          const to = Math.max(prev.to, newest);
          const from = to - prev.rangeHours * HOUR_MS;
          const series = appendLive(prev.series, batch, from);
          return series === prev.series && to === prev.to ? prev : { ...prev, from, to, series };
        }));
      }),
    [client],
  );

  return view;
}
