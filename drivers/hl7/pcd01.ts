// IHE PCD-01 OBX rows to canonical observations (source 'hl7'), the same shape the serial drivers produce.
import type { Observation, ObservationStatus } from '../../shared/observation';
import { PARAMS, type VitalParam } from '../../shared/params';
import type { CodedTriplet } from '../../shared/labs';
import type { Hl7Equipment, Hl7Obx, ParsedHl7 } from './adapter';
import { parseHl7Time } from './dtm';
import { lookupVital, toParamUnit, unitToUcum, type VitalMatch } from './mdc';

/** A clock more than this far ahead of the station is not trusted for the chart (the device time is kept). */
const MAX_FUTURE_MS = 5 * 60_000;

export interface VitalRow {
  readonly obx: Hl7Obx;
  readonly param: VitalParam;
  readonly match: VitalMatch;
  /** The canonical observation, or null when the row cannot be stored (note says why). */
  readonly observation: Observation | null;
  readonly note: string | null;
}

export interface VitalsResult {
  readonly rows: readonly VitalRow[];
  /** The storable observations, one per param × device × site × time (the lowest-rank code wins). */
  readonly observations: readonly Observation[];
  /** Some time had no zone and was read as station local time. */
  readonly unzonedTimes: boolean;
}

/** A device message: a PCD profile in MSH-21 or any MDC-coded OBX. */
export function isDeviceMessage(p: ParsedHl7): boolean {
  return /PCD/i.test(p.profile ?? '') || p.observations.some((o) => o.coded.system === 'MDC' || o.alternate?.system === 'MDC');
}

export const tripletsOf = (obx: Hl7Obx): CodedTriplet[] => (obx.alternate ? [obx.coded, obx.alternate] : [obx.coded]);

/** The vital an OBX names, or null (containment rows, alerts, unknown codes). */
export function vitalOf(obx: Hl7Obx, deviceMessage: boolean): VitalMatch | null {
  return obx.valueType === null ? null : lookupVital(tripletsOf(obx), deviceMessage);
}

export function mapVitals(p: ParsedHl7, receivedAt: number): VitalsResult {
  const device = isDeviceMessage(p);
  const equipment = new EquipmentTree(p);
  const rows: VitalRow[] = [];
  let unzoned = false;
  for (const obx of p.observations) {
    equipment.note(obx);
    const match = vitalOf(obx, device);
    if (!match) continue;
    const time = observationTime(p, obx, receivedAt);
    unzoned ||= time.unzoned;
    rows.push(toRow(obx, match, equipment.deviceFor(obx), time));
  }
  return { rows, observations: bestPerKey(rows), unzonedTimes: unzoned };
}

interface RowTime {
  readonly time: number;
  readonly deviceTime?: number;
  readonly unzoned: boolean;
}

/** OBX-14, else the OBR-7 of its group, else MSH-7, else the receive time (hl7.md 5). */
function observationTime(p: ParsedHl7, obx: Hl7Obx, receivedAt: number): RowTime {
  const candidates = [obx.time, p.obr[obx.group]?.time ?? null, p.messageTime];
  for (const raw of candidates) {
    const t = parseHl7Time(raw);
    if (!t) continue;
    if (t.ms > receivedAt + MAX_FUTURE_MS) return { time: receivedAt, deviceTime: t.ms, unzoned: !t.zoned };
    return { time: t.ms, unzoned: !t.zoned };
  }
  return { time: receivedAt, unzoned: false };
}

function statusOf(obx: Hl7Obx, value: number | null): { status: ObservationStatus; value: number | null } | string {
  switch ((obx.status ?? '').toUpperCase()) {
    case 'X':
      return { status: 'invalid', value: null };
    case 'D':
    case 'W':
      return `OBX-11 ${obx.status}: retraction of a vital sign is not applied`;
    case 'P':
      return value === null ? { status: 'invalid', value: null } : { status: 'questionable', value };
    default:
      return value === null ? { status: 'invalid', value: null } : { status: 'valid', value };
  }
}

function toRow(obx: Hl7Obx, match: VitalMatch, device: string, time: RowTime): VitalRow {
  const base = { obx, param: match.param, match };
  if (obx.valueType !== 'NM') return { ...base, observation: null, note: `OBX-2 ${obx.valueType ?? 'empty'} is not a numeric (NM) value` };
  const raw = typeof obx.value === 'number' ? obx.value : null;
  const ucum = unitToUcum(obx.unit);
  const converted = raw === null ? null : toParamUnit(match.param, raw, ucum);
  if (raw !== null && converted === null)
    return { ...base, observation: null, note: `unit "${obx.unit.code ?? ''}" cannot be converted to ${PARAMS[match.param].unit}` };
  const status = statusOf(obx, converted);
  if (typeof status === 'string') return { ...base, observation: null, note: status };
  const observation: Observation = {
    param: match.param,
    value: status.value,
    unit: PARAMS[match.param].unit,
    time: time.time,
    status: status.status,
    source: 'hl7',
    device,
    ...(match.site ? { site: match.site } : {}),
    ...(time.deviceTime !== undefined ? { deviceTime: time.deviceTime } : {}),
  };
  return { ...base, observation, note: null };
}

function bestPerKey(rows: readonly VitalRow[]): Observation[] {
  const best = new Map<string, VitalRow>();
  for (const row of rows) {
    const o = row.observation;
    if (!o) continue;
    const key = `${o.param}\u0000${o.device}\u0000${o.site ?? ''}\u0000${o.time}`;
    const current = best.get(key);
    if (!current || row.match.rank < current.match.rank) best.set(key, row);
  }
  return [...best.values()].map((r) => r.observation!);
}

const label = (e: Hl7Equipment): string => [e.name, e.id].filter((s): s is string => s !== null && s.trim() !== '').join('/');

/** OBX-18 of the row, else of the containment row above it (MDS/VMD/CHAN), else MSH-3 (hl7.md 1.2, 1.3). */
class EquipmentTree {
  private readonly containers: { path: string[]; device: string }[] = [];
  private readonly fallback: string;

  constructor(p: ParsedHl7) {
    this.fallback = [p.sendingApplication, p.sendingApplicationId].filter((s) => s !== null && s.trim() !== '').join('/') || 'hl7';
  }

  note(obx: Hl7Obx): void {
    if (obx.valueType === null && obx.equipment && label(obx.equipment) && obx.subId) this.containers.push({ path: significant(obx.subId), device: label(obx.equipment) });
  }

  deviceFor(obx: Hl7Obx): string {
    if (obx.equipment && label(obx.equipment)) return label(obx.equipment);
    const path = obx.subId ? obx.subId.split('.') : [];
    let best: { path: string[]; device: string } | undefined;
    for (const c of this.containers) if (c.path.every((part, i) => path[i] === part) && (!best || c.path.length > best.path.length)) best = c;
    return best?.device ?? this.fallback;
  }
}

/** '1.2.0.0' → ['1', '2']: trailing zero ordinals mean "this level". */
function significant(subId: string): string[] {
  const parts = subId.split('.');
  while (parts.length > 1 && parts[parts.length - 1] === '0') parts.pop();
  return parts;
}
