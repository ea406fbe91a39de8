// Laboratory OBX rows (LOINC or configured local codes) to lab results with reference ranges and flags (hl7.md 1.4, 3.2).
import { normaliseLabUnit, toCanonicalLab, type LabCatalogue, type LabTestDefinition } from '../../shared/labs';
import type { Hl7Obx, ParsedHl7 } from './adapter';
import { parseHl7Time } from './dtm';
import { tripletsOf } from './pcd01';

/** OBX-11 as stored: R/F/C are stored, P flagged preliminary, D/W retract an earlier result, X and I carry none. */
export const LAB_STATUSES = ['final', 'entered', 'preliminary', 'corrected', 'deleted', 'wrong'] as const;
export type LabStatus = (typeof LAB_STATUSES)[number];

export interface LabRow {
  readonly obx: Hl7Obx;
  readonly test: LabTestDefinition;
  /** Numeric value in `unit`, null when the text is not a number ('.....', 'pending', a ratio). */
  readonly value: number | null;
  readonly valueText: string;
  readonly comparator: string | null;
  /** UCUM where the spelling is known, else as sent; '' when none was sent. */
  readonly unit: string;
  /** The value in the test's canonical unit, null when the unit is unknown for this test. */
  readonly canonicalValue: number | null;
  readonly refRange: string | null;
  readonly refLow: number | null;
  readonly refHigh: number | null;
  readonly abnormalFlag: string | null;
  readonly observedAt: number;
  readonly status: LabStatus;
  /** OBR-3 (filler order number), else OBR-2: what a correction or deletion refers to. */
  readonly orderId: string | null;
  /** OBX-3 code as sent (code, else text) and its coding system. */
  readonly sentCode: string;
  readonly sentSystem: string | null;
}

const STATUS: Readonly<Record<string, LabStatus>> = { F: 'final', R: 'entered', S: 'preliminary', P: 'preliminary', C: 'corrected', D: 'deleted', W: 'wrong' };
const VALUE = /^\s*(<=|>=|<|>|=)?\s*([+-]?(?:\d+\.?\d*|\.\d+))\s*$/;
const NUM = String.raw`[+-]?(?:\d+\.?\d*|\.\d+)`;

export function mapLabs(p: ParsedHl7, catalogue: LabCatalogue, receivedAt: number, isVital: (obx: Hl7Obx) => boolean): LabRow[] {
  const rows: LabRow[] = [];
  for (const obx of p.observations) {
    if (obx.valueType === null || isVital(obx)) continue;
    const test = catalogue.find(tripletsOf(obx));
    const status = STATUS[(obx.status ?? 'F').toUpperCase() || 'F'];
    if (!test || !status) continue;
    rows.push(toRow(p, obx, test, status, receivedAt));
  }
  return rows;
}

function toRow(p: ParsedHl7, obx: Hl7Obx, test: LabTestDefinition, status: LabStatus, receivedAt: number): LabRow {
  const { value, comparator } = parseValue(obx);
  const unit = normaliseLabUnit(obx.unit.code ?? '');
  const obr = p.obr[obx.group];
  const range = parseRange(obx.referenceRange);
  return {
    obx,
    test,
    value,
    valueText: obx.valueText ?? '',
    comparator,
    unit,
    canonicalValue: value === null ? null : toCanonicalLab(test, value, unit),
    refRange: obx.referenceRange,
    refLow: range.low,
    refHigh: range.high,
    abnormalFlag: obx.abnormalFlags.length > 0 ? obx.abnormalFlags.join('~') : null,
    observedAt: firstTime([obx.time, obr?.time ?? null, p.messageTime]) ?? receivedAt,
    status,
    orderId: obr?.fillerId ?? obr?.placerId ?? null,
    sentCode: obx.coded.code ?? obx.coded.text ?? '',
    sentSystem: obx.coded.system,
  };
}

/** NM/ST text with an optional comparator ('<0.5'), or SN `comparator^number` (hl7.md 5 "Values"). */
export function parseValue(obx: Pick<Hl7Obx, 'valueType' | 'valueText'>): { value: number | null; comparator: string | null } {
  const text = obx.valueText ?? '';
  if (obx.valueType === 'SN') {
    const [comp = '', n1 = '', sep = ''] = text.split('^');
    const m = sep === '' ? VALUE.exec(n1) : null;
    return m ? { value: Number(m[2]), comparator: comp || null } : { value: null, comparator: null };
  }
  const m = VALUE.exec(text);
  return m ? { value: Number(m[2]), comparator: m[1] && m[1] !== '=' ? m[1] : null } : { value: null, comparator: null };
}

/** OBX-7 as low/high: '4.0-10.0', '<9 mcg/dL: …', '>60'. */
export function parseRange(text: string | null): { low: number | null; high: number | null } {
  if (!text) return { low: null, high: null };
  const between = new RegExp(`^\\s*(${NUM})\\s*-\\s*(${NUM})`).exec(text);
  if (between) return { low: Number(between[1]), high: Number(between[2]) };
  const upper = new RegExp(`^\\s*<=?\\s*(${NUM})`).exec(text);
  if (upper) return { low: null, high: Number(upper[1]) };
  const lower = new RegExp(`^\\s*>=?\\s*(${NUM})`).exec(text);
  return lower ? { low: Number(lower[1]), high: null } : { low: null, high: null };
}

function firstTime(candidates: readonly (string | null)[]): number | null {
  for (const raw of candidates) {
    const t = parseHl7Time(raw);
    if (t) return t.ms;
  }
  return null;
}
