// Monitor values that arrive while storage is down wait here, bounded per series (count and age), and are written when
// it returns; what falls out is counted, so the gap can be recorded.
import type { Observation } from '../../../shared/observation';

export interface UnstoredLimits {
  /** How far back each series is kept, from its newest value. */
  readonly maxAgeMs: number;
  readonly maxPerSeries: number;
  /** Series beyond this many are not kept at all (a runaway device cannot exhaust memory). */
  readonly maxSeries: number;
}

export const DEFAULT_UNSTORED_LIMITS: UnstoredLimits = { maxAgeMs: 10 * 60_000, maxPerSeries: 1_200, maxSeries: 64 };

/** Values lost: how many, and the times of the first and last of them. */
export interface LostValues {
  readonly count: number;
  readonly from: number;
  readonly to: number;
}

const seriesKey = (o: Observation): string => `${o.param}|${o.unit}|${o.source}|${o.device}|${o.site ?? ''}`;

export class UnstoredValues {
  private readonly series = new Map<string, Observation[]>();
  private lost: LostValues | null = null;

  constructor(private readonly limits: UnstoredLimits = DEFAULT_UNSTORED_LIMITS) {}

  add(batch: readonly Observation[]): void {
    for (const o of batch) {
      const key = seriesKey(o);
      let kept = this.series.get(key);
      if (!kept) {
        if (this.series.size >= this.limits.maxSeries) {
          this.drop([o]);
          continue;
        }
        this.series.set(key, (kept = []));
      }
      kept.push(o);
      const newest = Math.max(o.time, kept.at(-2)?.time ?? o.time); // values arrive in time order, give or take one
      const tooOld = kept.findIndex((k) => newest - k.time <= this.limits.maxAgeMs);
      const cut = Math.max(tooOld === -1 ? kept.length : tooOld, kept.length - this.limits.maxPerSeries);
      if (cut > 0) this.drop(kept.splice(0, cut));
    }
  }

  get size(): number {
    let n = 0;
    for (const kept of this.series.values()) n += kept.length;
    return n;
  }

  /** Everything kept (oldest first) and what was lost; the buffer is unchanged until `clear()` (after the commit). */
  contents(): { values: Observation[]; lost: LostValues | null } {
    const values = [...this.series.values()].flat().sort((a, b) => a.time - b.time);
    return { values, lost: this.lost };
  }

  clear(): void {
    this.series.clear();
    this.lost = null;
  }

  private drop(values: readonly Observation[]): void {
    for (const o of values) {
      this.lost = this.lost
        ? { count: this.lost.count + 1, from: Math.min(this.lost.from, o.time), to: Math.max(this.lost.to, o.time) }
        : { count: 1, from: o.time, to: o.time };
    }
  }
}
