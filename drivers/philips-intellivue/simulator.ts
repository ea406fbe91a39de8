// The monitor side of IntelliVue Data Export over any ByteTransport (monitor-protocols.md 0, 2.4-2.10):
// association and MDS Create handshake with resends, polls answered (extended numerics on the monitor's own
// 1.024-s period), association timeout, release and abort, the 4-frames-per-128-ms input limit, synthetic
// (scenario) or replayed (real log) numerics, a relative clock that wraps, reboots and wire faults.
import { createScenario, DEFAULT_NIBP_INTERVAL_MS, type Scenario, type ScenarioSample } from '../scenarios';
import type { ByteTransport } from '../transport/types';
import { ACTION, INPUT_LIMIT, MDS_CREATE_RETRY, OBJ_CLASS, REL_TIME_WRAP, TICKS_PER_MS } from './constants';
import { ABORT, REFUSE, RELEASE_RESPONSE, encodeAssociationResult, type PollProfile } from './association';
import { associationTimeoutMs } from './client';
import { utcToAbsoluteTime, type MonitorZone } from './clock';
import { createDeframer, encodeFrame } from './framing';
import { decodeMessage, type PhilipsMessage, type PollRequest } from './message';
import { encodeMdsCreateEvent, encodePollResult } from './message-encode';
import { grantProfile, mdsAttributes, nbpDisplay, numericObjects, splitToMtu, withClock } from './sim-content';
import { WireFaults, type PhilipsFaults, type WireFault } from './sim-wire';
import type { PhilipsSimulatorOptions } from './sim-options';
import { loadReplay, replayPeriod, type ReplaySource } from './sim-replay';

type Association = 'none' | 'awaitingMdsResult' | 'configured';

export type { PhilipsFaults, WireFault } from './sim-wire';
export type { PhilipsSimulatorOptions, SentResult } from './sim-options';
export { philipsSimulatorOptions } from './sim-options';

const HOUSEKEEPING_MS = 100;
/** The input limit tolerates 5 frames per 128 ms for jitter (2.1). */
const TOLERATED_FRAMES = INPUT_LIMIT.frames + 1;
const ESCAPE_VALUES = { hr: 125, pr: 125, temp: 37.76 } as const;
const NO_ABS_TIME = new Uint8Array(8).fill(0xff);

export class PhilipsIntelliVueSimulator {
  private readonly scenario: Scenario;
  private readonly replay: ReplaySource | null;
  private readonly now: () => number;
  private readonly startedAt: number;
  private readonly deframer = createDeframer();
  private readonly unsubscribe: () => void;
  private readonly periodMs: number;
  private readonly faults: WireFaults;
  private clockOffsetMs: number;
  private relBase: { at: number; ticks: number };
  private association: Association = 'none';
  private granted: PollProfile | null = null;
  private lastRxAt = 0;
  private rxTimes: number[] = [];
  private mds = { invokeId: 0, sends: 0, lastSentAt: 0 };
  private extPoll: { invokeId: number; pollNumber: number; activeUntil: number; seq: number } | null = null;
  private replayIndex = 0;
  private housekeeping: ReturnType<typeof setInterval>;
  private numerics: ReturnType<typeof setInterval> | null = null;
  private counters = { sent: 0, dropped: 0, hostIssues: 0, timeouts: 0, associations: 0 };

  constructor(
    private readonly transport: ByteTransport,
    private readonly options: PhilipsSimulatorOptions,
  ) {
    this.scenario = typeof options.scenario === 'string' ? createScenario(options.scenario, options.scenarioOptions) : options.scenario;
    this.replay = options.mode === 'replay' ? loadReplay(options.replayLog ?? new Uint8Array()) : null;
    this.now = options.now ?? Date.now;
    this.startedAt = this.now();
    this.periodMs = options.numericPeriodMs ?? 1024;
    this.faults = new WireFaults(options.faults);
    this.clockOffsetMs = options.clockOffsetMs ?? 0;
    this.relBase = { at: this.startedAt, ticks: options.relTimeStart ?? 0x10000000 };
    this.unsubscribe = transport.onData((chunk) => this.onBytes(chunk));
    this.housekeeping = setInterval(() => this.keepHouse(), HOUSEKEEPING_MS);
  }

  /** Numerics results written to the transport (including those sent with a fault). */
  get recordsSent(): number {
    return this.counters.sent;
  }
  /** Client frames dropped by the 4-per-128-ms input limit. */
  get droppedInputFrames(): number {
    return this.counters.dropped;
  }
  get hostFrameIssues(): number {
    return this.counters.hostIssues;
  }
  /** Associations aborted because the client went silent. */
  get associationTimeouts(): number {
    return this.counters.timeouts;
  }
  get associationsAccepted(): number {
    return this.counters.associations;
  }
  get state(): Association {
    return this.association;
  }

  /** The monitor's relative time now, ticks mod 2^32 (2.8). */
  relativeTime(at = this.now()): number {
    return Math.floor(this.relBase.ticks + (at - this.relBase.at) * TICKS_PER_MS) % REL_TIME_WRAP;
  }

  setFaults(faults: PhilipsFaults): void {
    this.faults.set(faults);
  }

  /** Apply a wire fault to the next numerics result only. */
  injectNext(fault: WireFault): void {
    this.faults.injectNext(fault);
  }

  setClockOffset(ms: number): void {
    this.clockOffsetMs = ms;
  }

  /** Power cycle: the association is gone without a word, the relative clock restarts near 0. */
  reboot(): void {
    this.endAssociation();
    this.deframer.reset();
    this.relBase = { at: this.now(), ticks: 40_000 };
  }

  stop(): void {
    clearInterval(this.housekeeping);
    this.endAssociation();
    this.unsubscribe();
  }

  private onBytes(chunk: Uint8Array): void {
    for (const frame of this.deframer.push(chunk)) {
      const decoded = frame.ok ? decodeMessage(frame.userData) : frame;
      if (!decoded.ok) {
        this.counters.hostIssues++;
        continue;
      }
      if (this.overInputLimit()) continue;
      this.onMessage(decoded.value);
    }
  }

  /** The monitor processes at most 4 (5 with jitter) frames per 128 ms and drops the rest silently (2.1). */
  private overInputLimit(): boolean {
    const now = this.now();
    this.rxTimes = this.rxTimes.filter((t) => now - t < INPUT_LIMIT.windowMs);
    if (this.rxTimes.length >= TOLERATED_FRAMES) {
      this.counters.dropped++;
      return true;
    }
    this.rxTimes.push(now);
    return false;
  }

  private onMessage(message: PhilipsMessage): void {
    this.lastRxAt = this.now();
    switch (message.kind) {
      case 'associationRequest':
        return this.onAssociationRequest(message.userInfo?.pollProfile ?? null);
      case 'eventReportResult':
        if (this.association === 'awaitingMdsResult' && message.invokeId === this.mds.invokeId) this.configure();
        return;
      case 'pollRequest':
        if (this.association === 'configured') this.onPoll(message);
        return;
      case 'releaseRequest':
        this.send(RELEASE_RESPONSE);
        return this.endAssociation();
      case 'abort':
        return this.endAssociation();
      default:
        return;
    }
  }

  /** A new request replaces any association still standing (the old client is gone). */
  private onAssociationRequest(asked: PollProfile | null): void {
    if (this.options.refuseAssociation) return this.send(REFUSE);
    this.endAssociation();
    this.granted = grantProfile(asked);
    this.send(encodeAssociationResult(this.granted));
    this.association = 'awaitingMdsResult';
    this.counters.associations++;
    this.mds = { invokeId: (this.mds.invokeId + 1) & 0xffff || 1, sends: 0, lastSentAt: 0 };
    this.sendMdsCreate();
  }

  private sendMdsCreate(): void {
    const rel = this.relativeTime();
    const wall = this.wallMs();
    const attributes = this.replay?.mdsAttributes ? withClock(this.replay.mdsAttributes, wall, rel, this.zone) : mdsAttributes(wall, rel, this.content);
    this.mds = { ...this.mds, sends: this.mds.sends + 1, lastSentAt: this.now() };
    this.send(encodeMdsCreateEvent(this.mds.invokeId, rel, attributes));
  }

  /** Numerics run on the monitor's own period from the moment the association is configured. */
  private configure(): void {
    this.association = 'configured';
    this.numerics ??= setInterval(() => this.onPeriod(), this.periodMs);
  }

  private endAssociation(): void {
    this.association = 'none';
    this.extPoll = null;
    if (this.numerics) clearInterval(this.numerics);
    this.numerics = null;
  }

  /** Association timeout and MDS Create resends (2.4 steps 3 and 6). */
  private keepHouse(): void {
    const now = this.now();
    if (this.association === 'none') return;
    const timeout = this.options.associationTimeoutMs ?? associationTimeoutMs(this.granted);
    if (now - this.lastRxAt > timeout) {
      this.counters.timeouts++;
      this.send(ABORT);
      return this.endAssociation();
    }
    if (this.association !== 'awaitingMdsResult' || now - this.mds.lastSentAt < (this.options.mdsCreateRetryMs ?? MDS_CREATE_RETRY.intervalMs)) return;
    if (this.mds.sends < MDS_CREATE_RETRY.sends) return this.sendMdsCreate();
    this.send(ABORT);
    this.endAssociation();
  }

  private onPoll(poll: PollRequest): void {
    const extended = poll.action === ACTION.extendedPoll;
    if (poll.objClass === OBJ_CLASS.numeric) {
      if (extended && poll.activePeriodTicks !== null) {
        this.extPoll = { invokeId: poll.invokeId, pollNumber: poll.pollNumber, activeUntil: this.now() + poll.activePeriodTicks / TICKS_PER_MS, seq: 0 };
      }
      return this.sendNumerics(poll.invokeId, poll.pollNumber, 0, extended);
    }
    const contexts =
      poll.objClass === OBJ_CLASS.mds ? [{ contextId: 0, objects: [{ handle: 0, attributes: mdsAttributes(this.wallMs(), this.relativeTime(), this.content) }] }] : [];
    const absTime = poll.objClass === OBJ_CLASS.mds ? utcToAbsoluteTime(this.wallMs(), this.zone) : NO_ABS_TIME;
    this.send(encodePollResult({ invokeId: poll.invokeId, action: poll.action, pollNumber: poll.pollNumber, sequenceNo: 0, relTime: this.relativeTime(), absTime, objClass: poll.objClass, attrGroup: poll.attrGroup, contexts }));
  }

  private onPeriod(): void {
    const poll = this.extPoll;
    if (!poll) return;
    if (this.now() > poll.activeUntil) {
      this.extPoll = null;
      return;
    }
    poll.seq = (poll.seq + 1) & 0xffff;
    this.sendNumerics(poll.invokeId, poll.pollNumber, poll.seq, true);
  }

  private get zone(): MonitorZone {
    return this.options.zone ?? 'local';
  }

  private get content() {
    return { demo: this.options.demo ?? false, zone: this.zone };
  }

  private wallMs(at = this.now()): number {
    return at + this.clockOffsetMs;
  }

  private currentSample(elapsedMs: number): ScenarioSample {
    const sample = this.scenario.sample(elapsedMs);
    if (!this.faults.escapeInData) return sample;
    return { ...sample, values: { ...sample.values, ...ESCAPE_VALUES }, tempSite: sample.tempSite ?? 'axillary' };
  }

  /** One period's numerics: synthetic objects split to the MTU, or the next logged period. */
  private sendNumerics(invokeId: number, pollNumber: number, sequenceNo: number, extended: boolean): void {
    const relTime = this.relativeTime();
    const action = extended ? ACTION.extendedPoll : ACTION.poll;
    let messages: Uint8Array[];
    let sample: ScenarioSample | null = null;
    if (this.replay) {
      const period = this.replay.periods[this.replayIndex++ % this.replay.periods.length]!;
      messages = replayPeriod(period, { invokeId, pollNumber, sequenceNo, relTime, extended });
    } else {
      const elapsed = this.now() - this.startedAt;
      sample = this.currentSample(elapsed);
      const interval = this.options.scenarioOptions?.nibpIntervalMs ?? DEFAULT_NIBP_INTERVAL_MS;
      const nbp = nbpDisplay(this.scenario, elapsed, interval, (ms) => this.wallMs(this.startedAt + ms));
      const objects = numericObjects(sample, nbp, this.content);
      const base = { invokeId, action, pollNumber, sequenceNo, relTime, absTime: NO_ABS_TIME, objClass: OBJ_CLASS.numeric };
      messages = splitToMtu(objects.length, this.granted?.maxMtuTx, (from, to, linked) =>
        encodePollResult({ ...base, linked, contexts: [{ contextId: 1, objects: objects.slice(from, to) }] }),
      );
    }
    for (const message of messages) this.sendResult(message, relTime, sample);
  }

  private sendResult(userData: Uint8Array, relTime: number, sample: ScenarioSample | null): void {
    if (this.faults.silence) return;
    const { frame, fault } = this.faults.frame(userData);
    this.write(frame);
    this.counters.sent++;
    this.options.onResultSent?.({ relTime, wallMs: this.wallMs(), sample, fault });
  }

  /** Handshake and answers are never faulted, but a pulled cable silences them too. */
  private send(userData: Uint8Array): void {
    if (!this.faults.silence) this.write(encodeFrame(userData));
  }

  private write(frame: Uint8Array): void {
    this.transport.write(frame).catch(() => {
      // the port is gone for now: the bytes are lost, as on a real cable
    });
  }
}
