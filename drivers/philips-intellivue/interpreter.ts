// What the stream of monitor messages means over time: the clock mapping (2.8), the label cache (2.6)
// and demo mode, shared by the capture decoder and the live session so both read a stream the same way.
import type { Observation } from '../../shared/observation';
import { NUMERIC_PERIOD_TICKS, REL_TIME_WRAP, TICKS_PER_MS } from './constants';
import { DeviceClock, type MonitorZone } from './clock';
import type { PhilipsMessage, PollResult } from './message';
import { isDemoState, mdsClock, mdsDemoMode, readNumerics, type LabelCache, type NumericReading } from './numerics';
import { readingsToObservations } from './observations';

/** Demo readings keep `demo` on for this long after the last one (two numeric periods of monitor time). */
const DEMO_HOLD_TICKS = 2 * NUMERIC_PERIOD_TICKS;

export interface InterpretedResult {
  readonly readings: NumericReading[];
  readonly observations: Observation[];
  /** UTC ms of the result on the monitor's clock; null while no MDS time is known. */
  readonly deviceTime: number | null;
}

export class StreamInterpreter {
  readonly clock: DeviceClock;
  private readonly labels: LabelCache = new Map();
  private modeDemo: boolean | null = null;
  private lastDemoRel: number | null = null;
  private lastRel: number | null = null;

  constructor(zone: MonitorZone = 'local') {
    this.clock = new DeviceClock(zone);
  }

  /** True when the MDS says DEMO, or numerics carried DEMO/TEST data within the last two periods. */
  get demo(): boolean {
    if (this.modeDemo === true) return true;
    if (this.lastDemoRel === null || this.lastRel === null) return false;
    return (this.lastRel - this.lastDemoRel + REL_TIME_WRAP) % REL_TIME_WRAP <= DEMO_HOLD_TICKS;
  }

  /** A new association: labels and handles may differ, the clock re-bases on the next MDS Create. */
  reset(): void {
    this.labels.clear();
    this.modeDemo = null;
    this.lastDemoRel = null;
    this.lastRel = null;
  }

  /** Learn from MDS messages; turn numerics results into observations (time defaults to the device time). */
  interpret(message: PhilipsMessage, ctx: { device: string; time?: number }): InterpretedResult | null {
    this.learnMds(message);
    if (message.kind !== 'pollResult') return null;
    const readings = readNumerics(message, this.labels);
    if (readings.length === 0) return null;
    return this.numerics(message, readings, ctx);
  }

  private learnMds(message: PhilipsMessage): void {
    if (message.kind === 'mdsCreate') this.reset();
    const clock = mdsClock(message);
    if (clock) this.clock.update(clock.absolute, clock.relative, message.kind === 'mdsCreate');
    const demo = mdsDemoMode(message);
    if (demo !== null) this.modeDemo = demo;
  }

  private numerics(result: PollResult, readings: NumericReading[], ctx: { device: string; time?: number }): InterpretedResult {
    const deviceTime = this.clock.toUtc(result.relTime);
    this.lastRel = result.relTime;
    if (readings.some((r) => isDemoState(r.state))) this.lastDemoRel = result.relTime;
    // Without a receive time or an MDS clock, ms since the monitor started is the only time there is.
    const time = ctx.time ?? deviceTime ?? Math.round(result.relTime / TICKS_PER_MS);
    return { readings, deviceTime, observations: readingsToObservations(readings, { device: ctx.device, time, deviceTime }) };
  }
}
