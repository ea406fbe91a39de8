// The trends of one window (and the suggested grades over it), fetched when the window changes, refreshed every
// minute while it reaches the present, and after a reading is entered. Answers to old requests are dropped.
import { useEffect, useRef, useState } from 'react';
import type { TrendPoint } from '../../../../shared/api/contract';
import type { ConfirmationView, GradePoint } from '../../../../shared/api/methods/clinical';
import type { VitalParam } from '../../../../shared/params';
import type { LinkState, StationClient } from '../../api/stationClient';
import type { Zoom } from './zoom';
import { MINUTE_MS } from '../../../../shared/time';
import { errorMessage } from '../../../../shared/errors';

export const TRENDS_PARAMS = ['hr', 'spo2', 'rr', 'temp', 'nibp_sys', 'nibp_dia', 'nibp_mean', 'abp_sys', 'abp_dia', 'abp_mean'] as const satisfies readonly VitalParam[];
export type TrendsParam = (typeof TRENDS_PARAMS)[number];
export type TrendsSeries = Readonly<Partial<Record<TrendsParam, readonly TrendPoint[]>>>;

const REFRESH_MS = MINUTE_MS;

export interface TrendData {
  /** The window these data are for (null before the first answer). */
  readonly from: number | null;
  readonly to: number | null;
  readonly series: TrendsSeries;
  readonly grades: readonly GradePoint[];
  readonly confirmations: readonly ConfirmationView[];
  /** The station sent min/max per interval rather than each reading. */
  readonly aggregated: boolean;
  readonly loading: boolean;
  readonly error: string | null;
  /** performance.now() when whole-episode data arrived (the paint benchmark's start), else null. */
  readonly episodeDataAt: number | null;
  /** Station time of the answer: the suggested grade is known up to here. */
  readonly answeredAt: number;
}

const EMPTY: TrendData = { from: null, to: null, series: {}, grades: [], confirmations: [], aggregated: false, loading: true, error: null, episodeDataAt: null, answeredAt: 0 };

export function useTrendData(client: StationClient, link: LinkState, zoom: Zoom, refreshKey: number, now: number, clockOffset: number): TrendData {
  const [data, setData] = useState<TrendData>(EMPTY);
  const seq = useRef(0);
  const live = zoom.to >= now - REFRESH_MS;
  const [tick, setTick] = useState(0);

  useEffect(() => {
    if (!live || link !== 'open') return;
    const timer = setInterval(() => setTick((n) => n + 1), REFRESH_MS);
    return () => clearInterval(timer);
  }, [live, link]);

  useEffect(() => {
    if (link !== 'open') return;
    const mine = ++seq.current;
    const { from, to, kind } = zoom;
    setData((prev) => ({ ...prev, loading: true }));
    // Monitor feeds only: manual readings are drawn apart, as points (useManualReadings).
    const trend = client.call('observations.trend', { params: [...TRENDS_PARAMS], from, to, sources: ['serial', 'hl7'] });
    const grades = client.call('clinical.gradeTimeline', { from, to }).catch(() => ({ points: [], confirmations: [] }));
    Promise.all([trend, grades]).then(
      ([series, timeline]) => {
        if (mine !== seq.current) return;
        const map: Partial<Record<TrendsParam, readonly TrendPoint[]>> = {};
        for (const s of series) if ((TRENDS_PARAMS as readonly string[]).includes(s.param)) map[s.param as TrendsParam] = [...s.points].sort((a, b) => a.t - b.t);
        let episodeDataAt: number | null = null;
        if (kind === 'episode' && typeof performance !== 'undefined') {
          performance.mark('vigil-trend-data');
          episodeDataAt = performance.now();
        }
        const aggregated = series.some((s) => s.bucketMs > 0);
        setData({ from, to, series: map, grades: timeline.points, confirmations: timeline.confirmations, aggregated, loading: false, error: null, episodeDataAt, answeredAt: Date.now() + clockOffset });
      },
      (error: unknown) => mine === seq.current && setData((prev) => ({ ...prev, loading: false, error: errorMessage(error) })),
    );
  }, [client, link, zoom.from, zoom.to, zoom.kind, refreshKey, tick]);

  return data;
}
