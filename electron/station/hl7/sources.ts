// Station-side state of the source priority: when each source last delivered each param (the choice itself is pure).
import { VITAL_PARAMS, isVitalParam, type VitalParam } from '../../../shared/params';
import type { Observation } from '../../../shared/observation';
import { DEFAULT_FALLBACK_AFTER_MS, describeSource, selectSource, type ActiveSource, type VitalSource } from '../../../shared/hl7/sourcePriority';
import type { StationDb } from '../db/open';

export class SourceState {
  private readonly serial = new Map<VitalParam, number>();
  private readonly hl7 = new Map<VitalParam, number>();

  constructor(
    private readonly now: () => number,
    public fallbackAfterMs: number = DEFAULT_FALLBACK_AFTER_MS,
  ) {}

  /** Starts from the last serial value in the database, so a restart does not hand a live serial param to HL7. */
  seed(db: StationDb): void {
    const rows = db
      .prepare(
        `SELECT s.param AS param, MAX((SELECT MAX(t_ms) FROM observations o WHERE o.series_id = s.id)) AS t
         FROM series s WHERE s.source = 'serial' GROUP BY s.param`,
      )
      .all() as { param: string; t: number | null }[];
    for (const r of rows) if (r.t !== null && isVitalParam(r.param)) this.serial.set(r.param, r.t);
  }

  /** Notes every serial batch the station stored (called from the station's event hub). */
  noteSerial(batch: readonly Observation[]): void {
    const at = this.now();
    for (const o of batch) if (o.source === 'serial') this.serial.set(o.param, at);
  }

  noteHl7(params: Iterable<VitalParam>, at: number): void {
    for (const p of params) this.hl7.set(p, at);
  }

  /** The source the chart and rules use for this param if HL7 delivers it at `at`. */
  choose(param: VitalParam, at: number): VitalSource {
    return selectSource({ serialLastAt: this.serial.get(param) ?? null, hl7LastAt: at }, at, this.fallbackAfterMs) ?? 'hl7';
  }

  active(): ActiveSource[] {
    const now = this.now();
    return VITAL_PARAMS.map((param) =>
      describeSource(param, { serialLastAt: this.serial.get(param) ?? null, hl7LastAt: this.hl7.get(param) ?? null }, now, this.fallbackAfterMs),
    );
  }
}
