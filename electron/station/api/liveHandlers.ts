// The live screen's API methods as plain functions over the repositories.
import { PARAMS } from '../../../shared/params';
import type { LatestValue, StationStatus, TrendSeries } from '../../../shared/api/contract';
import type { HandlersFor } from './dispatcher';
import type { liveMethods } from '../../../shared/api/methods/live';
import type { ObservationRepository } from '../repositories/observations';
import type { DeviceRepository } from '../repositories/devices';
import type { PatientRepository } from '../repositories/patients';
import type { DeviceInfo } from '../../../shared/device';
import { gapStartsFromStates, insertGaps, trendPoints } from '../trend';
import type { StationDb } from '../db/open';
import { currentEntrant } from '../clinical/manualVitals';

export interface HandlerDeps {
  readonly stationName: string;
  readonly nibpCycleMs?: number;
  readonly db: StationDb;
  readonly observations: ObservationRepository;
  readonly devices: DeviceRepository;
  readonly patients: PatientRepository;
  readonly liveDevices: () => readonly DeviceInfo[];
  readonly now: () => number;
  /** The audit chain, backup and storage state the status reports. */
  readonly reliability?: () => Pick<StationStatus, 'auditChain' | 'backup' | 'storage' | 'services'>;
}

/** Buckets per trend request: min and max per bucket give about two points per pixel of a wide chart. */
const TREND_BUCKETS = 1400;

export type LiveHandlers = HandlersFor<typeof liveMethods>;

export function createLiveHandlers(deps: HandlerDeps): LiveHandlers {
  return {
    'station.status': () => ({
      stationName: deps.stationName,
      ...(deps.nibpCycleMs !== undefined ? { nibpCycleMs: deps.nibpCycleMs } : {}),
      patient: deps.patients.current(),
      devices: deps.liveDevices(),
      now: deps.now(),
      ...deps.reliability?.(),
    }),

    'observations.latest': () =>
      deps.observations.latest().map(
        (o): LatestValue => ({
          param: o.param,
          value: o.value,
          unit: o.unit,
          time: o.time,
          status: o.status,
          source: o.source,
          device: o.device,
          ...(o.site ? { site: o.site } : {}),
          ...(o.source === 'manual' ? { enteredBy: currentEntrant(deps.db, o.seriesId, o.time, o.device) } : {}),
        }),
      ),

    'observations.trend': ({ params, from, to, sources, buckets }) => {
      const gapStarts = deps.devices
        .list()
        .flatMap((d) => gapStartsFromStates(deps.devices.events(d.id, Number.MIN_SAFE_INTEGER, to)))
        .filter((t) => t >= from);
      return params.map((param): TrendSeries => {
        const { points, bucketMs } = trendPoints(deps.db, deps.observations.seriesIds(param, sources), from, to, buckets ?? TREND_BUCKETS);
        return { param, unit: PARAMS[param].unit, bucketMs, points: insertGaps(points, gapStarts) };
      });
    },

    'observations.manual': ({ from, to }) =>
      [...deps.observations.export({ from, to, sources: ['manual'] })]
        .filter((o) => o.status === 'valid' && o.value !== null)
        .map((o) => ({ param: o.param, value: o.value!, unit: o.unit, time: o.time, site: o.site ?? null, enteredBy: currentEntrant(deps.db, o.seriesId, o.time, o.device) })),
  };
}
