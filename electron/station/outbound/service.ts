// The station's outbound HL7: for each destination, a producer that closes periods into the outbox and a sender that
// delivers it; plus the status the Sending screen shows (connected, last ACK, backlog, parked, warnings).
import type { StationDb } from '../db/open';
import { HOUR_MS, SECOND_MS } from '../../../shared/time';
import type { DestinationSettings, OutboundDestinationStatus } from '../../../shared/api/methods/outbound';
import type { OruIdentity } from './pcd01/encode';
import { closePeriods, periodStartOf } from './producer';
import { DestinationSender, type Backoff } from './sender';
import { OutboxStore, type DestinationRow } from './store';

const TICK_MS = SECOND_MS;
/** From this share of the backlog cap on, the screen warns before anything expires. */
const WARN_AT_SHARE = 0.8;

export interface OutboundOptions {
  readonly db: StationDb;
  readonly identity: OruIdentity;
  readonly now: () => number;
  readonly log: (line: string) => void;
  readonly storageFailed: (error: unknown, doing: string) => void;
  readonly backoff?: Backoff;
  readonly closeAfterMs?: number;
}

export class OutboundService {
  readonly store: OutboxStore;
  private readonly senders = new Map<number, DestinationSender>();
  private timer: ReturnType<typeof setInterval> | null = null;
  private readonly expiredSeen = new Map<number, number>();

  constructor(private readonly options: OutboundOptions) {
    this.store = new OutboxStore(options.db);
  }

  start(): void {
    for (const d of this.store.destinations()) this.senderFor(d).start();
    this.tick();
    this.timer ??= setInterval(() => this.tick(), TICK_MS);
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await Promise.all([...this.senders.values()].map((s) => s.stop()));
    this.senders.clear();
  }

  /** Adds or changes a destination (command line, settings screen); a new one reports from the current period on. */
  save(settings: DestinationSettings, id?: number): { before: DestinationRow | undefined; after: DestinationRow } {
    const now = this.options.now();
    const saved = this.store.saveDestination(settings, now, periodStartOf(now, settings.periodSeconds), id);
    const sender = this.senderFor(saved.after);
    sender.update(saved.after);
    if (this.timer) sender.start();
    return saved;
  }

  status(): OutboundDestinationStatus[] {
    return this.store.destinations().map((d) => this.statusOf(d));
  }

  statusOf(d: DestinationRow): OutboundDestinationStatus {
    const counts = this.store.counts(d.id);
    const sender = this.senders.get(d.id);
    return {
      id: d.id,
      name: d.name,
      settings: d.settings,
      connected: sender?.connected ?? false,
      lastAckAt: sender?.lastAckAt ?? null,
      lastError: sender?.lastError ?? null,
      backlog: { count: counts.queued, oldestAt: counts.oldestQueuedAt },
      parked: counts.parked,
      sent: counts.sent,
      expired: counts.expired,
      warning: this.warning(d, counts.queued, counts.oldestQueuedAt, counts.expired),
    };
  }

  /** A parked message queued again, unchanged; the sender takes it next in queue order. */
  wake(destinationId: number): void {
    this.senders.get(destinationId)?.wake();
  }

  private warning(d: DestinationRow, queued: number, oldest: number | null, expired: number): string | null {
    const { maxBacklogMessages, maxBacklogHours } = d.settings;
    if (expired > 0) return `${expired} message(s) waited longer than the backlog cap (${maxBacklogHours} h or ${maxBacklogMessages} messages) and were not sent; they are kept in the outbox.`;
    const ageShare = oldest === null ? 0 : (this.options.now() - oldest) / (maxBacklogHours * HOUR_MS);
    if (queued >= maxBacklogMessages * WARN_AT_SHARE || ageShare >= WARN_AT_SHARE)
      return `The backlog to ${d.name} is near its cap (${queued} of ${maxBacklogMessages} messages, oldest from ${new Date(oldest ?? 0).toISOString()}); check the receiving engine.`;
    return null;
  }

  private senderFor(d: DestinationRow): DestinationSender {
    let sender = this.senders.get(d.id);
    if (!sender) {
      sender = new DestinationSender(d, { store: this.store, now: this.options.now, log: this.options.log, storageFailed: this.options.storageFailed, ...(this.options.backoff ? { backoff: this.options.backoff } : {}) });
      this.senders.set(d.id, sender);
    }
    return sender;
  }

  private tick(): void {
    let destinations: DestinationRow[];
    try {
      destinations = this.store.destinations();
    } catch (error) {
      return this.options.storageFailed(error, 'reading the HL7 destinations');
    }
    for (const d of destinations) {
      if (!d.settings.enabled) continue;
      try {
        const queued = closePeriods({ db: this.options.db, store: this.store, identity: this.options.identity, now: this.options.now, ...(this.options.closeAfterMs !== undefined ? { closeAfterMs: this.options.closeAfterMs } : {}) }, d);
        this.expire(d);
        if (queued > 0) this.senders.get(d.id)?.wake();
      } catch (error) {
        this.options.storageFailed(error, `queueing HL7 messages for ${d.name}`);
      }
    }
  }

  private expire(d: DestinationRow): void {
    const expired = this.store.expireBeyond(d.id, d.settings.maxBacklogMessages, this.options.now() - d.settings.maxBacklogHours * HOUR_MS);
    if (expired === 0) return;
    const total = (this.expiredSeen.get(d.id) ?? 0) + expired;
    this.expiredSeen.set(d.id, total);
    this.options.log(`vigil: HL7 BACKLOG TO ${d.name} OVER ITS CAP: ${expired} oldest message(s) expired unsent (${total} since start); kept in the outbox`);
  }
}
