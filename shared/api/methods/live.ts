// Methods of the live screen: station status, latest values, trends.
import { z } from 'zod';
import { VITAL_PARAMS, type VitalParam } from '../../params';
import { OBSERVATION_SOURCES, type ObservationSource, type ObservationStatus } from '../../observation';
import type { DeviceInfo } from '../../device';

export interface PatientSummary {
  readonly mrn: string;
  readonly name: string;
  readonly birthDate: string | null;
  readonly sex: string | null;
}

export interface StationStatus {
  readonly stationName: string;
  /** The monitors' NIBP auto cycle as configured on the station (`--nibp-cycle`); absent: the window's default. */
  readonly nibpCycleMs?: number;
  readonly patient: PatientSummary | null;
  readonly devices: readonly DeviceInfo[];
  /** UTC ms on the station's clock, so a window can compute the age of values. */
  readonly now: number;
  /** The audit trail's hash chain as verified at start-up; not ok means it was changed outside Vigil. */
  readonly auditChain?: AuditChainStatus;
  /** The station's automatic backups; absent when they are off. */
  readonly backup?: BackupStatus;
  /** Whether the station can write its database; not ok: nothing is stored (disk full, I/O error, read-only file). */
  readonly storage?: StorageStatus;
  /** The station's listeners (browser-mode web server, MLLP): one that failed is restarted and shown here meanwhile. */
  readonly services?: readonly ServiceStatus[];
}

export interface ServiceStatus {
  readonly kind: 'web' | 'hl7';
  /** host:port. */
  readonly address: string;
  readonly listening: boolean;
  /** Station time since which it is in this state. */
  readonly since: number;
  /** Why it is not listening (the error), while it is not. */
  readonly reason?: string;
}

export interface StorageStatus {
  readonly ok: boolean;
  /** Station time of the first failed write of this problem. */
  readonly since?: number;
  /** In words, with the SQLite code ("the disk is full (SQLITE_FULL)"). */
  readonly reason?: string;
}

export interface AuditChainStatus {
  readonly ok: boolean;
  readonly firstBrokenEntry?: number;
}

export interface BackupStatus {
  /** Station time of the newest verified backup, null before the first. */
  readonly lastSuccessAt: number | null;
  /** The most recent attempt, when it failed (cleared by the next success). */
  readonly lastFailure?: { readonly at: number; readonly message: string };
}

export interface LatestValue {
  readonly param: VitalParam;
  readonly value: number | null;
  readonly unit: string;
  readonly time: number;
  readonly status: ObservationStatus;
  readonly source: ObservationSource;
  readonly device: string;
  readonly site?: string;
  /** A hand-entered value: who entered the value shown (null where not known). */
  readonly enteredBy?: string | null;
}

/** A point of a trend; value null marks a gap the station detected (the chart draws a break). */
export interface TrendPoint {
  readonly t: number;
  readonly v: number | null;
}

export interface TrendSeries {
  readonly param: VitalParam;
  readonly unit: string;
  /** Width of the buckets the points summarise (min and max of each); 0 when they are the exact readings. */
  readonly bucketMs: number;
  readonly points: readonly TrendPoint[];
}

/** A reading a person entered at the bedside (source 'manual'). */
export interface ManualReadingView {
  readonly param: VitalParam;
  readonly value: number;
  readonly unit: string;
  readonly time: number;
  readonly site: string | null;
  readonly enteredBy: string | null;
}

const paramList = z.array(z.enum(VITAL_PARAMS)).min(1).max(VITAL_PARAMS.length);

/** Live numerics and trends. */
export const liveMethods = {
  'station.status': { access: 'public', input: z.object({}).strict() },
  'observations.latest': { access: 'public', input: z.object({}).strict() },
  'observations.trend': {
    access: 'public',
    input: z
      .object({
        params: paramList,
        from: z.number().int(),
        to: z.number().int(),
        /** Only these sources (e.g. the monitor feeds, to draw manual readings apart); all by default. */
        sources: z.array(z.enum(OBSERVATION_SOURCES)).min(1).optional(),
        /** About two points per pixel: the chart's width in pixels. */
        buckets: z.number().int().min(50).max(4000).optional(),
      })
      .strict()
      .refine((r) => r.to > r.from, { message: 'to must be after from', path: ['to'] }),
  },
  'observations.manual': {
    access: 'public',
    input: z.object({ from: z.number().int(), to: z.number().int() }).strict(),
  },
} as const;

export interface LiveResults {
  'station.status': StationStatus;
  'observations.latest': readonly LatestValue[];
  'observations.trend': readonly TrendSeries[];
  'observations.manual': readonly ManualReadingView[];
}

