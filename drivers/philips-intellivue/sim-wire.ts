// Fault injection on the simulated monitor's wire, as for the GE simulator: bad FCS, cut-off frames, silence.
import { encodeRawFrame, fcsBytes, frameContent } from './framing';

export interface PhilipsFaults {
  /** Send every Nth numerics result with a wrong FCS; 0 or unset = off. */
  readonly badChecksumEvery?: number;
  /** Send every Nth numerics result cut off halfway (the next frame's BOF reveals it). */
  readonly truncateEvery?: number;
  /** Force values whose FLOAT bytes are 0x7D / 0xC0 (HR and pulse 125, temperature 37.76) to exercise escaping. */
  readonly escapeInData?: boolean;
  /** Cable pulled: results are still generated but nothing reaches the wire. */
  readonly silence?: boolean;
}

export type WireFault = 'badChecksum' | 'truncate';

const everyNth = (n: number | undefined, seq: number): boolean => n !== undefined && n >= 1 && seq % Math.floor(n) === 0;

export class WireFaults {
  private faults: PhilipsFaults;
  private readonly pending = new Set<WireFault>();
  private generated = 0;

  constructor(faults: PhilipsFaults = {}) {
    this.faults = { ...faults };
  }

  get silence(): boolean {
    return this.faults.silence ?? false;
  }

  get escapeInData(): boolean {
    return this.faults.escapeInData ?? false;
  }

  set(faults: PhilipsFaults): void {
    this.faults = { ...this.faults, ...faults };
  }

  /** Apply a fault to the next result only. */
  injectNext(fault: WireFault): void {
    this.pending.add(fault);
  }

  /** The fault of the next result: one-shot injections first, then the every-Nth settings. */
  private take(): WireFault | null {
    const seq = ++this.generated;
    const [injected] = this.pending;
    if (injected) {
      this.pending.delete(injected);
      return injected;
    }
    if (everyNth(this.faults.badChecksumEvery, seq)) return 'badChecksum';
    if (everyNth(this.faults.truncateEvery, seq)) return 'truncate';
    return null;
  }

  /** Frame one result with its fault, if any. */
  frame(userData: Uint8Array): { frame: Uint8Array; fault: WireFault | null } {
    const fault = this.take();
    const content = frameContent(userData);
    const [lo, hi] = fcsBytes(content);
    const frame = fault === 'badChecksum' ? encodeRawFrame(content, [lo ^ 0x01, hi]) : encodeRawFrame(content);
    // Cut halfway; the receiver sees the next frame's BOF inside this one and reports it truncated.
    return { frame: fault === 'truncate' ? frame.subarray(0, Math.floor(frame.length / 2)) : frame, fault };
  }
}
