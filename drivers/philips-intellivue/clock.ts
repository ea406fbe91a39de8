// The monitor's clocks (monitor-protocols.md 2.8): AbsoluteTime (8 BCD bytes, the monitor's local wall
// clock, 1 s resolution) and RelativeTime (u32, 1/8 ms, wraps after 2^32 ticks = 6.2 days).
// DeviceClock maps relative time to UTC ms from an (absolute, relative) pair and survives the wrap.
import { REL_TIME_WRAP, TICKS_PER_MS } from './constants';

/** Where the monitor's wall clock is: minutes east of UTC, or 'local' for the station's own zone (same bedside). */
export type MonitorZone = number | 'local';

const bcd = (b: number): number | null => {
  const hi = b >> 4;
  const lo = b & 0x0f;
  return hi > 9 || lo > 9 ? null : hi * 10 + lo;
};

/** AbsoluteTime to UTC ms; null for the all-0xFF "invalid" value or any non-BCD or impossible field. */
export function absoluteTimeToUtc(bytes: Uint8Array, zone: MonitorZone): number | null {
  if (bytes.length < 8) return null;
  const f = Array.from(bytes.subarray(0, 7), bcd);
  if (f.some((v) => v === null)) return null;
  const [century, year, month, day, hour, minute, second] = f as number[];
  const y = century! * 100 + year!;
  if (month! < 1 || month! > 12 || day! < 1 || day! > 31 || hour! > 23 || minute! > 59 || second! > 59) return null;
  if (zone === 'local') return new Date(y, month! - 1, day!, hour!, minute!, second!).getTime();
  return Date.UTC(y, month! - 1, day!, hour!, minute!, second!) - zone * 60_000;
}

const toBcd = (v: number): number => ((Math.floor(v / 10) % 10) << 4) | v % 10;

/** UTC ms to AbsoluteTime in the given zone (whole seconds; the fraction byte is unused, 2.8). */
export function utcToAbsoluteTime(utcMs: number, zone: MonitorZone): Uint8Array {
  const d = zone === 'local' ? new Date(utcMs) : new Date(utcMs + zone * 60_000);
  const local = zone === 'local';
  const y = local ? d.getFullYear() : d.getUTCFullYear();
  const parts = [
    Math.floor(y / 100),
    y % 100,
    (local ? d.getMonth() : d.getUTCMonth()) + 1,
    local ? d.getDate() : d.getUTCDate(),
    local ? d.getHours() : d.getUTCHours(),
    local ? d.getMinutes() : d.getUTCMinutes(),
    local ? d.getSeconds() : d.getUTCSeconds(),
    0,
  ];
  return Uint8Array.from(parts.map(toBcd));
}

/** A stamp this far behind the newest is a late or repeated one, not a reboot (10 s). */
const LATE_TOLERANCE_TICKS = 10_000 * TICKS_PER_MS;
/** A new MDS time that disagrees with the running mapping by more than this re-bases it (clock set, DST, drift). */
const REBASE_TOLERANCE_MS = 1500;

export class DeviceClock {
  /** Newest relative time seen, extended past each wrap (ticks since the epoch of this mapping). */
  private newest: number | null = null;
  private base: { readonly utcMs: number; readonly ticks: number } | null = null;
  private wrapCount = 0;

  constructor(private readonly zone: MonitorZone = 'local') {}

  /** How many times the relative counter wrapped since the mapping began. */
  get wraps(): number {
    return this.wrapCount;
  }

  get known(): boolean {
    return this.base !== null;
  }

  /** Extend a u32 relative time past wraps; null when it jumped back (a monitor reboot). */
  private extend(rel: number): number | null {
    if (this.newest === null) return (this.newest = rel);
    const last = this.newest;
    const forward = (rel - (last % REL_TIME_WRAP) + REL_TIME_WRAP) % REL_TIME_WRAP;
    if (forward < REL_TIME_WRAP / 2) {
      const next = last + forward;
      if (Math.floor(next / REL_TIME_WRAP) > Math.floor(last / REL_TIME_WRAP)) this.wrapCount++;
      return (this.newest = next);
    }
    const back = REL_TIME_WRAP - forward;
    return back <= LATE_TOLERANCE_TICKS ? last - back : null;
  }

  /**
   * A fresh (absolute, relative) pair. `force` (MDS Create: a new association, maybe a rebooted monitor)
   * always re-bases; a periodic MDS poll re-bases only when the mapping has drifted.
   */
  update(absolute: Uint8Array, rel: number, force: boolean): void {
    const utcMs = absoluteTimeToUtc(absolute, this.zone);
    if (utcMs === null) return;
    let ticks = force ? null : this.extend(rel);
    if (ticks === null) {
      this.newest = rel;
      this.wrapCount = 0;
      ticks = rel;
    }
    const predicted = this.base ? this.base.utcMs + (ticks - this.base.ticks) / TICKS_PER_MS : null;
    // AbsoluteTime has 1 s resolution, so the true time is in [utcMs, utcMs + 1000).
    if (force || predicted === null || Math.abs(predicted - (utcMs + 500)) > REBASE_TOLERANCE_MS) this.base = { utcMs, ticks };
  }

  /** UTC ms of a relative time stamp, or null while no absolute time is known or after an unexplained jump back. */
  toUtc(rel: number): number | null {
    const ticks = this.extend(rel);
    if (ticks === null || this.base === null) return null;
    return Math.round(this.base.utcMs + (ticks - this.base.ticks) / TICKS_PER_MS);
  }
}
