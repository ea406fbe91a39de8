// Storage is back (the probe): what waited in memory, the gap and an audit entry are written in one transaction, so
// a failed attempt leaves nothing behind and is simply tried again.
import { statfsSync } from 'node:fs';
import type { DeviceInfo } from '../../../shared/device';
import type { Observation } from '../../../shared/observation';
import type { StationDb } from '../db/open';
import type { ObservationRepository } from '../repositories/observations';
import type { DeviceRepository } from '../repositories/devices';
import type { AuditLog } from '../repositories/audit';
import type { StorageProblem } from './health';
import type { UnstoredValues } from './buffer';

/** Below this much free space the disk counts as still full: a write that just fits would fail again at once. */
export const MIN_FREE_BYTES = 1024 * 1024;

export interface ResumeDeps {
  readonly db: StationDb;
  readonly observations: ObservationRepository;
  readonly devices: DeviceRepository;
  readonly audit: AuditLog;
  readonly unstored: UnstoredValues;
  /** The devices and their live states (what the database missed while it could not be written). */
  readonly liveDevices: () => readonly DeviceInfo[];
  /** The database's folder, whose free space is checked first. */
  readonly dir: string;
  readonly now: () => number;
  /** The stored values, for the windows. */
  readonly stored: (values: readonly Observation[]) => void;
  readonly minFreeBytes?: number;
  /** Archived HL7 messages whose outcome the failure kept from being written (handling is synchronous, so none is in flight now). */
  readonly resolveCutShortMessages?: (problem: StorageProblem) => number;
}

/** Throws an ENOSPC-coded error while the folder's file system has less than `minBytes` free. */
export function requireFreeSpace(dir: string, minBytes: number): void {
  const fs = statfsSync(dir);
  const free = fs.bavail * fs.bsize;
  if (free < minBytes) throw Object.assign(new Error(`only ${Math.floor(free / 1024)} KiB free in ${dir}`), { code: 'ENOSPC' });
}

/** The probe write; returns what it did in words. Throws (and writes nothing) while storage is still down. */
export function resumeStorage(deps: ResumeDeps, problem: StorageProblem): string {
  requireFreeSpace(deps.dir, deps.minFreeBytes ?? MIN_FREE_BYTES);
  const until = deps.now();
  const { values, lost } = deps.unstored.contents();
  let messages = 0;
  deps.db
    .transaction(() => {
      messages = deps.resolveCutShortMessages?.(problem) ?? 0;
      if (values.length > 0) deps.observations.insert(values);
      for (const device of deps.liveDevices()) {
        if (!device.enabled) continue;
        // The lost values are a gap in the record, drawn like a silence: 'error' with the reason, then the live state again.
        if (lost) deps.devices.recordState(device.id, lost.from, 'error', `storage problem: monitor values from ${iso(lost.from)} to ${iso(lost.to)} were not stored (${problem.reason})`);
        const c = device.connection;
        if (lost || c.since >= problem.since) deps.devices.recordState(device.id, lost ? Math.max(c.since, lost.to + 1) : c.since, c.state, c.reason);
      }
      deps.audit.append({
        staffId: null,
        action: 'storage_resumed',
        entity: 'station',
        after: { problemSince: problem.since, resumedAt: until, reason: problem.reason, valuesKept: values.length, valuesLost: lost?.count ?? 0, ...(lost ? { lostFrom: lost.from, lostTo: lost.to } : {}) },
      });
    })
    .immediate();
  deps.unstored.clear();
  if (values.length > 0) deps.stored(values);
  const kept = lost
    ? `${values.length} monitor values kept in memory were stored; ${lost.count} from ${iso(lost.from)} to ${iso(lost.to)} were lost (recorded as a gap)`
    : `${values.length} monitor values kept in memory were stored; none lost`;
  return messages > 0 ? `${kept}; ${messages} HL7 messages cut short by the problem marked as errors` : kept;
}

const iso = (t: number): string => new Date(t).toISOString();
