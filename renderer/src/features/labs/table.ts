// The labs table: one row per test under its group heading, one column per Day with results plus today's (oldest left,
// today last, even before today's results arrive), the day's latest value in the test's canonical unit, out-of-range
// flags (H / L / A, never colour alone) against the lab's range or else the site default, and the change since the
// previous result day.
import type { LabResult } from '../../../../shared/api/methods/labs';
import { dayNumber, localDayKey, localDayStart } from '../../../../shared/episode/day';
import { labTestByCode, toCanonicalLab, type LabGroup } from '../../../../shared/labs';
import type { SiteLabRange } from '../../../../shared/labRanges';
import { intlLocale } from '../../i18n';

/** The tests the screen shows, in this order (others that have results follow). */
export const LAB_TABLE_CODES = [
  'crp', 'ferritin', 'il6',
  'wbc', 'anc', 'lymph', 'hgb', 'plt',
  'creat', 'alt', 'ast', 'bili', 'ldh',
  'fib', 'ddimer', 'pt', 'inr', 'aptt',
  'ph', 'pao2', 'paco2', 'lactate',
  'na', 'k', 'urate',
] as const;

/** Drawn on a log scale: they rise by orders of magnitude during CRS. */
export const LOG_SCALE_CODES: ReadonlySet<string> = new Set(['crp', 'ferritin', 'il6']);

export type RangeMark = 'high' | 'low' | 'abnormal' | null;
export type Arrow = 'up' | 'down' | 'same' | null;

/** Decimals that keep about three significant digits (7.41, 0.62, 139, 2600). */
export function labDecimals(value: number): number {
  if (value === 0 || !Number.isFinite(value)) return 0;
  return Math.min(3, Math.max(0, 2 - Math.floor(Math.log10(Math.abs(value)))));
}

const formats = new Map<string, Intl.NumberFormat>();

/** The value with labDecimals, trailing zeros dropped, no grouping (a result, not an amount: "2600", not "2,600"). */
export function formatLabValue(value: number, locale = intlLocale()): string {
  const decimals = labDecimals(value);
  const key = `${locale}|${decimals}`;
  let f = formats.get(key);
  if (f === undefined) formats.set(key, (f = new Intl.NumberFormat(locale, { maximumFractionDigits: decimals, useGrouping: false })));
  return f.format(value);
}

/** The result's value in the test's canonical unit (what the table and charts show). */
export function labValue(r: LabResult): number | null {
  return r.canonicalValue ?? r.value;
}

/** The lab's reference limits in the canonical unit (they come in the unit the result was sent in). */
export function canonicalRange(r: LabResult): { low: number | null; high: number | null } {
  const test = labTestByCode(r.code);
  const convert = (v: number | null): number | null => {
    if (v === null) return null;
    if (test === undefined || r.canonicalValue === null) return v;
    return toCanonicalLab(test, v, r.unit) ?? v;
  };
  return { low: convert(r.refLow), high: convert(r.refHigh) };
}

/** Outside the lab's range (its limits, then its own abnormal flag), else outside the site default; null when normal or nothing to compare with. */
export function rangeMark(r: LabResult, site?: SiteLabRange): RangeMark {
  const value = labValue(r);
  const { low, high } = canonicalRange(r);
  if (value !== null && (high !== null || low !== null)) return outside(value, low, high);
  const flag = (r.abnormalFlag ?? '').trim().toUpperCase();
  if (flag === 'H' || flag === 'HH' || flag === '>') return 'high';
  if (flag === 'L' || flag === 'LL' || flag === '<') return 'low';
  if (flag === 'A' || flag === 'AA') return 'abnormal';
  if (flag !== '' || value === null || site === undefined) return null; // the lab's own "N" stands
  return outside(value, site.low, site.high);
}

function outside(value: number, low: number | null, high: number | null): RangeMark {
  if (high !== null && value > high) return 'high';
  if (low !== null && value < low) return 'low';
  return null;
}

/** The change from the previous result as shown (equal when they round to the same text). */
export function changeArrow(previous: number | null, current: number | null): Arrow {
  if (previous === null || current === null) return null;
  if (formatLabValue(previous) === formatLabValue(current)) return 'same';
  return current > previous ? 'up' : 'down';
}

/** "3.5–5.1", "< 10", "> 150", the lab's text, or null. */
export function rangeText(r: LabResult | undefined): string | null {
  if (r === undefined) return null;
  const { low, high } = canonicalRange(r);
  if (low !== null && high !== null) return `${formatLabValue(low)}–${formatLabValue(high)}`;
  if (high !== null) return `≤ ${formatLabValue(high)}`;
  if (low !== null) return `≥ ${formatLabValue(low)}`;
  return r.refRange;
}

/** A site range as the flowsheet and the handover write it ("15–200"). */
export function siteRangeText(site: SiteLabRange): string {
  return `${formatLabValue(site.low)}–${formatLabValue(site.high)}`;
}

export interface DayColumn {
  /** Local calendar day, YYYY-MM-DD. */
  readonly key: string;
  /** Relative to the infusion; null before one is recorded. */
  readonly day: number | null;
  /** The station's today (the last column, shown even before its results arrive). */
  readonly today: boolean;
  /** Today with no result yet: its cells say "pending". */
  readonly pending: boolean;
}

export interface LabCell {
  readonly value: number;
  readonly text: string;
  readonly mark: RangeMark;
  readonly arrow: Arrow;
  /** The value it is compared with (the previous result day's latest), or null. */
  readonly previous: number | null;
  /** Results that day (the cell shows the latest). */
  readonly count: number;
  readonly result: LabResult;
}

export interface LabRow {
  readonly code: string;
  readonly name: string;
  /** Its heading (null: a local test outside the lab table). */
  readonly group: LabGroup | null;
  readonly unit: string;
  readonly range: string | null;
  /** Whose range: the lab's (sent with the results) or the site default (with its source); null when none. */
  readonly rangeFrom: 'lab' | 'site' | null;
  readonly rangeSource: string | null;
  /** The limits the flags and the chart's band use, in the canonical unit. */
  readonly limits: { readonly low: number | null; readonly high: number | null };
  readonly cells: Readonly<Record<string, LabCell>>;
}

export interface LabTable {
  /** Oldest first: today is the last column. */
  readonly days: readonly DayColumn[];
  readonly rows: readonly LabRow[];
}

/** The headings in screen order: the order of LAB_TABLE_CODES (inflammation first, the CAR-T course's markers). */
export const LAB_GROUP_ORDER: readonly LabGroup[] = [...new Set(LAB_TABLE_CODES.map((code) => labTestByCode(code)!.group))];

function rowOrder(code: string): [number, number] {
  const group = labTestByCode(code)?.group;
  const i = (LAB_TABLE_CODES as readonly string[]).indexOf(code);
  return [group === undefined ? LAB_GROUP_ORDER.length : LAB_GROUP_ORDER.indexOf(group), i === -1 ? LAB_TABLE_CODES.length : i];
}

/**
 * Builds the table from labs.list at the station's time `now`: rows for every test with a result, grouped in
 * LAB_GROUP_ORDER and LAB_TABLE_CODES order, then others; columns for the local days with results and for today
 * (pending until it has one). `siteRanges` (by code) apply to tests whose results came without a range.
 */
export function buildLabTable(results: readonly LabResult[], infusionTime: number | null, now: number, siteRanges: ReadonlyMap<string, SiteLabRange> = new Map()): LabTable {
  const usable = results.filter((r) => labValue(r) !== null).sort((a, b) => a.observedAt - b.observedAt || a.id - b.id);
  const todayKey = localDayKey(now);
  const withResults = new Set(usable.map((r) => localDayKey(r.observedAt)));
  const dayKeys = [...new Set([...withResults, todayKey])].sort();
  const days = dayKeys.map((key): DayColumn => {
    const today = key === todayKey;
    return { key, day: dayNumber(localDayStart(key)!, infusionTime), today, pending: today && !withResults.has(key) };
  });
  const codes = [...new Set(usable.map((r) => r.code))];
  codes.sort((a, b) => {
    const [ga, ia] = rowOrder(a);
    const [gb, ib] = rowOrder(b);
    return ga - gb || ia - ib || a.localeCompare(b);
  });
  const rows = codes.map((code): LabRow => {
    const ofCode = usable.filter((r) => r.code === code);
    const latest = ofCode.at(-1)!;
    const site = siteRanges.get(code);
    const cells: Record<string, LabCell> = {};
    let previous: number | null = null;
    for (const key of dayKeys) {
      const ofDay = ofCode.filter((r) => localDayKey(r.observedAt) === key);
      const last = ofDay.at(-1);
      if (last === undefined) continue;
      const value = labValue(last)!;
      cells[key] = { value, text: formatLabValue(value), mark: rangeMark(last, site), arrow: changeArrow(previous, value), previous, count: ofDay.length, result: last };
      previous = value;
    }
    const withRange = [...ofCode].reverse().find((r) => r.refLow !== null || r.refHigh !== null || r.refRange !== null);
    const test = labTestByCode(code);
    const common = { code, name: test?.name ?? latest.name, group: test?.group ?? null, unit: latest.canonicalUnit || latest.unit, cells };
    if (withRange !== undefined) return { ...common, range: rangeText(withRange), rangeFrom: 'lab', rangeSource: null, limits: canonicalRange(withRange) };
    if (site !== undefined) return { ...common, range: siteRangeText(site), rangeFrom: 'site', rangeSource: site.source, limits: { low: site.low, high: site.high } };
    return { ...common, range: null, rangeFrom: null, rangeSource: null, limits: { low: null, high: null } };
  });
  return { days, rows };
}
