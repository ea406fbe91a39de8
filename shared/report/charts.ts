// What the handover's small trend charts show: the params charted and the thresholds drawn on each, taken from
// THE table of clinical numbers (shared/clinical/thresholds.ts), never restated here.
import { THRESHOLDS, type ThresholdKey } from '../clinical/thresholds';
import type { VitalParam } from '../params';
import type { ChartThreshold } from './types';

/** Charted when they have data in the window, in this order. */
export const CHART_PARAMS: readonly VitalParam[] = ['temp', 'hr', 'nibp_sys', 'nibp_mean', 'abp_sys', 'abp_mean', 'spo2', 'rr'];

const LINES: Partial<Record<VitalParam, readonly { key: ThresholdKey; side: ChartThreshold['side'] }[]>> = {
  temp: [{ key: 'feverC', side: 'above' }],
  nibp_sys: [{ key: 'hypotensionSbpBelowMmHg', side: 'below' }],
  abp_sys: [{ key: 'hypotensionSbpBelowMmHg', side: 'below' }],
  nibp_mean: [{ key: 'hypotensionMapBelowMmHg', side: 'below' }],
  abp_mean: [{ key: 'hypotensionMapBelowMmHg', side: 'below' }],
  spo2: [{ key: 'spo2PromptBelowPct', side: 'below' }],
};

export function chartThresholds(param: VitalParam): ChartThreshold[] {
  return (LINES[param] ?? []).map(({ key, side }) => ({ key, value: THRESHOLDS[key].value, side }));
}

/** Buckets per chart: a print chart is about 350 px wide, min and max per bucket keep every extreme. */
export const CHART_BUCKETS = 160;

/** The longest window a report covers (the 14–30-day episode's whole course fits). */
export const MAX_REPORT_WINDOW_MS = 31 * 24 * 3_600_000;
