// Readings a person entered (vitals.record, source 'manual'): drawn as distinct points on the trends, from
// observations.manual and from the live 'observations' push (every window, as they are entered).
import type { ManualReadingView } from '../../../../shared/api/methods/live';
import { manualEntrant, type Observation } from '../../../../shared/observation';
import type { VitalParam } from '../../../../shared/params';

export interface ManualReading {
  readonly param: VitalParam;
  readonly time: number;
  /** In the param's canonical unit (°C for temperature). */
  readonly value: number;
  readonly site: string | null;
  /** Who entered it, where known. */
  readonly by: string | null;
}


/** From observations.manual. */
export function manualFromStation(views: readonly ManualReadingView[]): ManualReading[] {
  return views.map((v) => ({ param: v.param, time: v.time, value: v.value, site: v.site, by: v.enteredBy }));
}

/** From a live batch: the valid manual ones. */
export function manualFromObservations(batch: readonly Observation[]): ManualReading[] {
  return batch.flatMap((o) =>
    o.source === 'manual' && o.status === 'valid' && o.value !== null ? [{ param: o.param, time: o.time, value: o.value, site: o.site ?? null, by: manualEntrant(o.device) }] : [],
  );
}

/** Both lists as one, each reading once, in time order. */
export function mergeManual(a: readonly ManualReading[], b: readonly ManualReading[]): ManualReading[] {
  const seen = new Map<string, ManualReading>();
  for (const r of [...a, ...b]) seen.set(`${r.param}|${r.time}|${r.value}`, r);
  return [...seen.values()].sort((x, y) => x.time - y.time);
}
