// Delivers one destination's queue in order over MLLP: one message in flight, wait for its ACK, then the next.
// No answer, AE or CE: the same message again (same text, same MSH-10) after a growing pause. AR or CR: parked with
// the receiver's reason, and the queue goes on. After a restart it starts at the oldest message still queued.
import { MllpClient } from '../../../drivers/hl7/transport';
import { parseHl7 } from '../../../drivers/hl7/adapter';
import { unescapeLeaf } from '../../../drivers/hl7/escape';
import { errorMessage } from '../../../shared/errors';
import { SECOND_MS } from '../../../shared/time';
import type { DestinationRow, OutboxStore, QueuedMessage } from './store';

export interface Backoff {
  readonly initialMs: number;
  readonly maxMs: number;
}

export const DEFAULT_BACKOFF: Backoff = { initialMs: SECOND_MS, maxMs: 30 * SECOND_MS };
/** How often an idle sender looks for new messages when nobody wakes it. */
const IDLE_POLL_MS = SECOND_MS;

export interface SenderDeps {
  readonly store: OutboxStore;
  readonly now: () => number;
  readonly log: (line: string) => void;
  readonly backoff?: Backoff;
  /** A database problem (full disk …): the station shows it; the sender tries again later. */
  readonly storageFailed: (error: unknown, doing: string) => void;
}

export interface Ack {
  readonly code: string;
  readonly text: string | null;
}

/** MSA-1 and the reason (MSA-3, else ERR-8) of an ACK that answers `controlId`; null for anything else. */
export function readAck(text: string, controlId: string): Ack | null {
  try {
    const parsed = parseHl7(text);
    const msa = parsed.message.getSegment('MSA');
    if (!msa || msa.getComponent(2, 1) !== controlId) return null;
    const reason = msa.getComponent(3, 1) || parsed.message.getSegment('ERR')?.getComponent(8, 1) || '';
    return { code: msa.getComponent(1, 1).toUpperCase(), text: reason ? unescapeLeaf(reason, parsed.delimiters) : null };
  } catch {
    return null;
  }
}

export class DestinationSender {
  private client: MllpClient | null = null;
  private stopped = false;
  private wakeUp: (() => void) | null = null;
  private failures = 0;
  private loop: Promise<void> | null = null;
  lastAckAt: number | null = null;
  lastError: string | null = null;

  constructor(
    private destination: DestinationRow,
    private readonly deps: SenderDeps,
  ) {}

  get connected(): boolean {
    return this.client !== null && !this.client.closed;
  }

  /** New settings (host, port, timeout) take effect at the next message. */
  update(destination: DestinationRow): void {
    const moved = destination.name !== this.destination.name;
    this.destination = destination;
    if (moved) this.dropConnection();
    this.wake();
  }

  start(): void {
    this.loop ??= this.run();
  }

  wake(): void {
    this.wakeUp?.();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.wake();
    // Closing first ends a wait for an ACK at once; that message stays queued and goes again with its MSH-10.
    this.dropConnection();
    await this.loop;
    this.dropConnection();
  }

  private async run(): Promise<void> {
    while (!this.stopped) {
      let message: QueuedMessage | null = null;
      try {
        message = this.destination.settings.enabled ? this.deps.store.nextQueued(this.destination.id) : null;
      } catch (error) {
        this.deps.storageFailed(error, 'reading the HL7 outbox');
      }
      if (!message) {
        await this.pause(IDLE_POLL_MS, true);
        continue;
      }
      const ok = await this.deliver(message);
      if (!ok) {
        this.failures += 1;
        // Not woken early: new messages must not cut a backoff short and hammer a receiver that is down.
        await this.pause(Math.min(this.backoff.maxMs, this.backoff.initialMs * 2 ** (this.failures - 1)), false);
      } else this.failures = 0;
    }
  }

  private get backoff(): Backoff {
    return this.deps.backoff ?? DEFAULT_BACKOFF;
  }

  /** One attempt; false when the same message must be tried again after a pause. */
  private async deliver(message: QueuedMessage): Promise<boolean> {
    const { settings } = this.destination;
    let client: MllpClient;
    try {
      client = await this.connect();
    } catch (error) {
      this.fail(`cannot connect to ${this.destination.name}: ${errorMessage(error)}`);
      return false;
    }
    const before = client.frames.length;
    try {
      await client.send(new TextEncoder().encode(message.payload));
    } catch (error) {
      this.dropConnection();
      return this.record(message, 'queued', null, `the connection to ${this.destination.name} failed while sending: ${errorMessage(error)}`);
    }
    const ack = await this.waitForAck(client, before, message.controlId, settings.ackTimeoutSeconds * SECOND_MS);
    if (!ack) {
      this.dropConnection();
      return this.record(message, 'queued', null, `no ACK for ${message.controlId} within ${settings.ackTimeoutSeconds} s`);
    }
    if (ack.code === 'AA' || ack.code === 'CA') {
      this.lastAckAt = this.deps.now();
      this.lastError = null;
      return this.record(message, 'sent', ack.code, ack.text);
    }
    if (ack.code === 'AR' || ack.code === 'CR') {
      this.deps.log(`vigil: HL7 message ${message.controlId} to ${this.destination.name} parked: ${ack.code}${ack.text ? ` (${ack.text})` : ''}`);
      this.lastError = `${message.controlId} refused (${ack.code}): ${ack.text ?? 'no reason given'}`;
      this.record(message, 'parked', ack.code, ack.text);
      return true;
    }
    return this.record(message, 'queued', ack.code, `${message.controlId} not accepted (${ack.code}): ${ack.text ?? 'no reason given'}`);
  }

  /** Stores the attempt; true only for a delivery that moves the queue on. */
  private record(message: QueuedMessage, state: 'queued' | 'sent' | 'parked', ackCode: string | null, text: string | null): boolean {
    try {
      this.deps.store.recordAttempt(message.id, this.deps.now(), { state, ackCode, ackText: text });
    } catch (error) {
      this.deps.storageFailed(error, 'recording an HL7 delivery');
      // Not recorded as sent: it goes again with the same MSH-10 and the receiver sees a duplicate it can drop.
      return false;
    }
    if (state === 'queued') this.fail(text ?? 'not accepted');
    return state !== 'queued';
  }

  private fail(reason: string): void {
    if (reason !== this.lastError) this.deps.log(`vigil: HL7 to ${this.destination.name}: ${reason}; trying again`);
    this.lastError = reason;
  }

  private async connect(): Promise<MllpClient> {
    if (this.client && !this.client.closed) return this.client;
    const { host, port, ackTimeoutSeconds } = this.destination.settings;
    this.client = await MllpClient.connect(host, port, ackTimeoutSeconds * SECOND_MS);
    return this.client;
  }

  private dropConnection(): void {
    const client = this.client;
    this.client = null;
    void client?.close();
  }

  private async waitForAck(client: MllpClient, from: number, controlId: string, timeoutMs: number): Promise<{ code: string; text: string | null } | null> {
    const deadline = performance.now() + timeoutMs;
    for (let seen = from; ; seen += 1) {
      const remaining = deadline - performance.now();
      if (remaining <= 0) return null;
      try {
        await client.waitForFrames(seen + 1, remaining);
      } catch {
        return null;
      }
      // A late ACK of an earlier attempt answers another MSH-10 and is passed over.
      const ack = readAck(new TextDecoder().decode(client.frames[seen]), controlId);
      if (ack) return ack;
    }
  }

  /** Waits; `wakeable` pauses end early when new messages are queued; every pause ends at stop(). */
  private pause(ms: number, wakeable: boolean): Promise<void> {
    if (this.stopped) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      const stopped = () => this.stopped;
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.wakeUp = wakeable ? done : () => (stopped() ? done() : undefined);
    });
  }
}
