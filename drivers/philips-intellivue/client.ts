// The client side of the Data Export protocol as a state machine without I/O or timers (monitor-protocols.md 2.4,
// 2.5): the session feeds it messages and clock ticks, and it answers with PDUs to send and status changes.
// idle -> associating (request, retried) -> configuring (waits for the MDS Create) -> associated (polls,
// keep-alive, clock refresh) -> releasing; silence, abort, refuse or a release by the monitor start over.
import { ASSOCIATION_TIMEOUT, OBJ_CLASS, POLL_PROFILE, TICKS_PER_MS } from './constants';
import { ABORT, CLIENT_POLL_PROFILE, RELEASE_REQUEST, RELEASE_RESPONSE, encodeAssociationRequest, type PollProfile } from './association';
import { encodeKeepAlive, encodeMdsCreateResult, encodePollRequest } from './message-encode';
import type { PhilipsMessage } from './message';

export type ClientPhase = 'idle' | 'associating' | 'configuring' | 'associated' | 'releasing';

/** Why the client is (re)associating, for the session's plain-language states. */
export type ClientStatus =
  | { readonly kind: 'associating' }
  | { readonly kind: 'associated' }
  | { readonly kind: 'refused' }
  | { readonly kind: 'lost'; readonly why: 'abort' | 'release' | 'silence' | 'noMdsCreate' }
  | { readonly kind: 'released' };

export interface ClientHooks {
  send(userData: Uint8Array): void;
  status(status: ClientStatus): void;
}

export interface ClientTimings {
  /** Association request repeated while unanswered (OpenICE retries every 2 s, 2.4 step 7). */
  readonly associateRetryMs: number;
  /** After AC, the MDS Create must come within its 3 resends (2.4 step 3). */
  readonly mdsCreateWaitMs: number;
  /** No numerics for this long: the association is considered lost (results come every 1.024 s, 2.5). */
  readonly silenceMs: number;
  /** NOM_ATTR_TIME_PD_POLL of the extended numerics poll, and how often it is renewed before it expires (2.5). */
  readonly pollActivePeriodMs: number;
  readonly pollRenewMs: number;
  /** Single MDS poll re-bases the clock mapping (2.8; VSCapture every 60 s). */
  readonly clockRefreshMs: number;
  /** Single numerics poll period when extended polls were not granted. */
  readonly singlePollMs: number;
}

export const DEFAULT_TIMINGS: ClientTimings = {
  associateRetryMs: 2000,
  mdsCreateWaitMs: 10_000,
  silenceMs: 5000,
  pollActivePeriodMs: 30_000,
  pollRenewMs: 10_000,
  clockRefreshMs: 60_000,
  singlePollMs: 1000,
};

/** The association timeout the monitor applies to us (2.4 step 6): 3 x min_poll_period, clamped to 10..130 s. */
export function associationTimeoutMs(profile: PollProfile | null): number {
  const minPollMs = (profile?.minPollPeriodTicks ?? 0) / TICKS_PER_MS;
  return Math.min(ASSOCIATION_TIMEOUT.maxMs, Math.max(ASSOCIATION_TIMEOUT.minMs, ASSOCIATION_TIMEOUT.factor * minPollMs));
}

export class DataExportClient {
  private phaseValue: ClientPhase = 'idle';
  private since = 0;
  private lastTx = Number.NEGATIVE_INFINITY;
  private lastAssociate = Number.NEGATIVE_INFINITY;
  private lastNumerics = 0;
  private lastNumericsPoll = Number.NEGATIVE_INFINITY;
  private lastClockPoll = Number.NEGATIVE_INFINITY;
  private invokeId = 0;
  private pollNumber = 0;
  private granted: PollProfile | null = null;

  constructor(
    private readonly hooks: ClientHooks,
    private readonly timings: ClientTimings = DEFAULT_TIMINGS,
    private readonly profile: PollProfile = CLIENT_POLL_PROFILE,
  ) {}

  get phase(): ClientPhase {
    return this.phaseValue;
  }

  /** What the monitor granted in its association result. */
  get negotiated(): PollProfile | null {
    return this.granted;
  }

  /** Extended numerics polls are used when the monitor granted POLL_EXT_PERIOD_NU_1SEC (2.4). */
  get extendedPolls(): boolean {
    return ((this.granted?.extOptions ?? 0) & POLL_PROFILE.extNumerics1s) !== 0;
  }

  /** Send something at least this often: a third of the monitor's association timeout. */
  get keepAliveMs(): number {
    return associationTimeoutMs(this.granted) / 3;
  }

  /** The port is open: associate. */
  start(now: number): void {
    this.associate(now);
  }

  /** The port is gone: nothing can be sent until start() again. */
  linkLost(): void {
    this.enter('idle', 0);
  }

  /** Close the association cleanly (2.4 step 7). */
  release(now: number): void {
    if (this.phaseValue === 'idle') return;
    this.send(RELEASE_REQUEST, now);
    this.enter('releasing', now);
  }

  receive(message: PhilipsMessage, now: number): void {
    switch (message.kind) {
      case 'associationResult':
        if (this.phaseValue !== 'associating') return;
        this.granted = message.userInfo?.pollProfile ?? null;
        return this.enter('configuring', now);
      case 'refuse':
        if (this.phaseValue === 'associating') this.hooks.status({ kind: 'refused' });
        return;
      case 'mdsCreate':
        return this.onMdsCreate(message.invokeId, message.eventTime, now);
      case 'abort':
        return this.restart('abort', now);
      case 'releaseRequest':
        this.send(RELEASE_RESPONSE, now);
        return this.restart('release', now);
      case 'releaseResponse':
        if (this.phaseValue === 'releasing') {
          this.enter('idle', now);
          this.hooks.status({ kind: 'released' });
        } else this.restart('release', now);
        return;
      case 'pollResult':
        if (message.objClass === OBJ_CLASS.numeric && this.phaseValue === 'associated') this.lastNumerics = now;
        return;
      default:
        return;
    }
  }

  /** Timers: retries, poll renewal, clock refresh, keep-alive, silence. */
  tick(now: number): void {
    const t = this.timings;
    if (this.phaseValue === 'associating' && now - this.lastAssociate >= t.associateRetryMs) this.sendAssociate(now);
    if (this.phaseValue === 'configuring' && now - this.since >= t.mdsCreateWaitMs) return this.restart('noMdsCreate', now);
    if (this.phaseValue !== 'associated') return;
    if (now - this.lastNumerics >= t.silenceMs) return this.restart('silence', now);
    if (now - this.lastNumericsPoll >= (this.extendedPolls ? t.pollRenewMs : t.singlePollMs)) this.pollNumerics(now);
    if (now - this.lastClockPoll >= t.clockRefreshMs) this.pollClock(now);
    if (now - this.lastTx >= this.keepAliveMs) this.send(encodeKeepAlive(this.nextInvoke(), this.nextPoll()), now);
  }

  private onMdsCreate(invokeId: number, eventTime: number, now: number): void {
    if (this.phaseValue !== 'configuring' && this.phaseValue !== 'associated') return;
    // The result mirrors the event's invoke id; resends of the same event get the same answer (2.4 step 4).
    this.send(encodeMdsCreateResult(invokeId, eventTime), now);
    if (this.phaseValue === 'associated') return;
    this.enter('associated', now);
    this.lastNumerics = now;
    this.pollNumerics(now);
    this.pollClock(now);
    this.hooks.status({ kind: 'associated' });
  }

  private pollNumerics(now: number): void {
    const activePeriodTicks = this.extendedPolls ? this.timings.pollActivePeriodMs * TICKS_PER_MS : undefined;
    this.send(encodePollRequest({ invokeId: this.nextInvoke(), pollNumber: this.nextPoll(), objClass: OBJ_CLASS.numeric, ...(activePeriodTicks ? { activePeriodTicks } : {}) }), now);
    this.lastNumericsPoll = now;
  }

  private pollClock(now: number): void {
    this.send(encodePollRequest({ invokeId: this.nextInvoke(), pollNumber: this.nextPoll(), objClass: OBJ_CLASS.mds }), now);
    this.lastClockPoll = now;
  }

  /** Drop whatever the monitor still thinks of us (abort), then associate again. */
  private restart(why: 'abort' | 'release' | 'silence' | 'noMdsCreate', now: number): void {
    if (this.phaseValue === 'idle' || this.phaseValue === 'releasing') return;
    if (why === 'silence' || why === 'noMdsCreate') this.send(ABORT, now);
    this.hooks.status({ kind: 'lost', why });
    this.associate(now);
  }

  private associate(now: number): void {
    this.granted = null;
    this.enter('associating', now);
    this.hooks.status({ kind: 'associating' });
    this.sendAssociate(now);
  }

  private sendAssociate(now: number): void {
    this.lastAssociate = now;
    this.send(encodeAssociationRequest(this.profile), now);
  }

  private enter(phase: ClientPhase, now: number): void {
    this.phaseValue = phase;
    this.since = now;
  }

  private send(userData: Uint8Array, now: number): void {
    this.lastTx = now;
    this.hooks.send(userData);
  }

  private nextInvoke(): number {
    this.invokeId = (this.invokeId + 1) & 0xffff;
    return this.invokeId;
  }

  private nextPoll(): number {
    this.pollNumber = (this.pollNumber + 1) & 0xffff;
    return this.pollNumber;
  }
}
