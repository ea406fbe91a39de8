// The monitor processes at most 4 frames per 128 ms from the client and silently drops the rest
// (monitor-protocols.md 2.1), so the session's frames go out through this pacer.
import { INPUT_LIMIT } from './constants';

/** Margin on the 128-ms window for serial and timer jitter. */
const JITTER_MS = 16;
/** Never queue more than this: after a long stall, old requests are worthless. */
const MAX_QUEUE = 32;

export class PacedWriter {
  private queue: Uint8Array[] = [];
  private sentAt: number[] = [];
  private timer: ReturnType<typeof setTimeout> | null = null;
  private readonly windowMs = INPUT_LIMIT.windowMs + JITTER_MS;

  constructor(
    private readonly write: (frame: Uint8Array) => Promise<void>,
    private readonly now: () => number = Date.now,
  ) {}

  send(frame: Uint8Array): void {
    this.queue.push(frame);
    if (this.queue.length > MAX_QUEUE) this.queue.shift();
    this.pump();
  }

  /** Forget queued frames (the port closed). */
  clear(): void {
    this.queue = [];
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  get pending(): number {
    return this.queue.length;
  }

  private pump(): void {
    if (this.timer) return;
    while (this.queue.length > 0) {
      const now = this.now();
      this.sentAt = this.sentAt.filter((t) => now - t < this.windowMs);
      if (this.sentAt.length >= INPUT_LIMIT.frames) {
        const wait = Math.max(1, this.windowMs - (now - this.sentAt[0]!));
        this.timer = setTimeout(() => {
          this.timer = null;
          this.pump();
        }, wait);
        return;
      }
      this.sentAt.push(now);
      this.write(this.queue.shift()!).catch(() => {
        // The link reports the loss itself; the client re-associates once it is back.
      });
    }
  }
}
