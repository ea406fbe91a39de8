// Param colours, shared by the numerics and the trend lines (the usual bedside-monitor convention).
import type { VitalParam } from '../../../shared/params';

export const PARAM_COLORS: Readonly<Record<VitalParam, string>> = {
  hr: '#4ade80',
  pr: '#4ade80',
  spo2: '#38d5ff',
  rr: '#facc15',
  temp: '#fb923c',
  nibp_sys: '#f87171',
  nibp_dia: '#fca5a5',
  nibp_mean: '#f87171',
  abp_sys: '#f472b6',
  abp_dia: '#f9a8d4',
  abp_mean: '#f472b6',
  etco2: '#e5e7eb',
};

/** The chart's own colours: axes, grid, text. */
export const CHART_COLORS = {
  axis: '#9aa4b2',
  grid: '#2a3340',
} as const;
