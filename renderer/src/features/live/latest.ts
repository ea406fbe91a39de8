// The latest value of each param, merged from 'observations.latest' and the live 'observations' events.
import type { LatestValue } from '../../../../shared/api/contract';
import { manualEntrant, type Observation } from '../../../../shared/observation';
import { VITAL_PARAMS, type VitalParam } from '../../../../shared/params';

export type LatestMap = ReadonlyMap<VitalParam, LatestValue>;

export function toLatest(o: Observation): LatestValue {
  const base = { param: o.param, value: o.value, unit: o.unit, time: o.time, status: o.status, source: o.source, device: o.device };
  const manual = o.source === 'manual' ? { enteredBy: manualEntrant(o.device) } : {};
  return o.site === undefined ? { ...base, ...manual } : { ...base, ...manual, site: o.site };
}

/** The newer value wins (ties go to the incoming one); returns the same map when nothing changed. */
export function mergeLatest(map: LatestMap, incoming: readonly LatestValue[]): LatestMap {
  let next: Map<VitalParam, LatestValue> | null = null;
  for (const value of incoming) {
    const current = (next ?? map).get(value.param);
    if (current !== undefined && current.time > value.time) continue;
    next ??= new Map(map);
    next.set(value.param, value);
  }
  return next ?? map;
}

export type PressureGroup = 'nibp' | 'abp';

export const PRESSURE_GROUPS: Readonly<Record<PressureGroup, { sys: VitalParam; dia: VitalParam; mean: VitalParam }>> = {
  nibp: { sys: 'nibp_sys', dia: 'nibp_dia', mean: 'nibp_mean' },
  abp: { sys: 'abp_sys', dia: 'abp_dia', mean: 'abp_mean' },
};

export type TileModel =
  | { readonly kind: 'single'; readonly param: VitalParam; readonly value: LatestValue }
  | {
      readonly kind: 'pressure';
      /** The tile is keyed (and test-identified) by its systolic param. */
      readonly param: VitalParam;
      readonly group: PressureGroup;
      readonly sys: LatestValue | undefined;
      readonly dia: LatestValue | undefined;
      readonly mean: LatestValue | undefined;
    };

function groupOf(param: VitalParam): PressureGroup | null {
  for (const [group, parts] of Object.entries(PRESSURE_GROUPS) as [PressureGroup, (typeof PRESSURE_GROUPS)[PressureGroup]][]) {
    if (parts.sys === param || parts.dia === param || parts.mean === param) return group;
  }
  return null;
}

/** One tile per param ever seen, in the PARAMS order; sys/dia/mean of a pressure share one tile. */
export function buildTiles(map: LatestMap): TileModel[] {
  const tiles: TileModel[] = [];
  const doneGroups = new Set<PressureGroup>();
  for (const param of VITAL_PARAMS) {
    const group = groupOf(param);
    if (group !== null) {
      if (doneGroups.has(group)) continue;
      const parts = PRESSURE_GROUPS[group];
      const sys = map.get(parts.sys);
      const dia = map.get(parts.dia);
      const mean = map.get(parts.mean);
      if (sys === undefined && dia === undefined && mean === undefined) continue;
      doneGroups.add(group);
      tiles.push({
        kind: 'pressure',
        param: parts.sys,
        group,
        sys,
        dia,
        mean,
      });
      continue;
    }
    const value = map.get(param);
    if (value !== undefined) tiles.push({ kind: 'single', param, value });
  }
  return tiles;
}

/** The most recent of a pressure tile's parts: the measurement the tile shows. */
export function newestPart(tile: Extract<TileModel, { kind: 'pressure' }>): LatestValue | undefined {
  return [tile.sys, tile.dia, tile.mean].reduce<LatestValue | undefined>((newest, part) => (part !== undefined && (newest === undefined || part.time > newest.time) ? part : newest), undefined);
}
