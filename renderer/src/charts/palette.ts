// The one palette of the charts (and of the numerics, which share the param colours). Night dims every colour towards
// black (low glare at the bedside at night) while the text and lines keep a readable contrast against the darker
// background; print is black ink on white, read without colour.
import type { VitalParam } from '../../../shared/params';
import type { Theme } from '../ui/prefs/preferences';

/** Param colours, shared by the numerics and the trend lines (the usual bedside-monitor convention). */
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

/** The printed handover's charts: black ink, a light dotted grid. */
export const PRINT_INK = {
  line: '#000',
  grid: '#999',
} as const;

/** "#rrggbb" scaled by `factor` (0–1) towards black. */
export function dim(hex: string, factor: number): string {
  const m = /^#([0-9a-f]{6})$/i.exec(hex);
  if (m === null) return hex;
  const n = Number.parseInt(m[1]!, 16);
  const scale = (shift: number) => Math.round(((n >> shift) & 0xff) * factor);
  return `#${[16, 8, 0].map((s) => scale(s).toString(16).padStart(2, '0')).join('')}`;
}

const NIGHT = 0.72;

export interface ChartPalette {
  readonly param: (p: VitalParam) => string;
  readonly axis: string;
  readonly grid: string;
  readonly text: string;
  readonly infusion: string;
  readonly lymphodepletion: string;
  readonly dayLine: string;
  readonly threshold: string;
  readonly manualFill: string;
  readonly manualStroke: string;
  readonly grade: readonly string[];
  readonly gradeNa: string;
  readonly confirmed: string;
  readonly marker: Readonly<Record<string, string>>;
}

const DAY: ChartPalette = {
  param: (p) => PARAM_COLORS[p],
  axis: CHART_COLORS.axis,
  grid: CHART_COLORS.grid,
  text: '#e2e8f0',
  infusion: '#c4b5fd',
  lymphodepletion: '#a78bfa',
  dayLine: '#3b4656',
  threshold: '#fbbf24',
  manualFill: '#ffffff',
  manualStroke: '#0b0f14',
  grade: ['#1f2937', '#facc15', '#fb923c', '#ef4444', '#b91c1c'],
  gradeNa: '#64748b',
  confirmed: '#ffffff',
  marker: { tocilizumab: '#38bdf8', steroid: '#a3e635', anti_il1: '#2dd4bf', vasopressor: '#f472b6', oxygen: '#60a5fa', fluid: '#93c5fd', medication: '#cbd5e1', flag: '#fbbf24' },
};

export function chartPalette(theme: Theme): ChartPalette {
  if (theme === 'day') return DAY;
  const d = (c: string) => dim(c, NIGHT);
  return {
    param: (p) => d(PARAM_COLORS[p]),
    axis: '#8b95a3',
    grid: '#1a2029',
    text: '#b4bcc7',
    infusion: d(DAY.infusion),
    lymphodepletion: d(DAY.lymphodepletion),
    dayLine: '#2a323d',
    threshold: d(DAY.threshold),
    manualFill: '#d9dee5',
    manualStroke: '#000000',
    grade: DAY.grade.map(d),
    gradeNa: d(DAY.gradeNa),
    confirmed: '#d9dee5',
    marker: Object.fromEntries(Object.entries(DAY.marker).map(([k, v]) => [k, d(v)])),
  };
}
