// MLLP framing (hl7.md 1.7): VT payload FS CR. Ours, because the library framers tested lose pipelined messages (hl7.md 4.3).
// Bytes only: text is decoded after a whole frame is isolated, so a multi-byte character split across reads survives.

export const VT = 0x0b;
export const FS = 0x1c;
export const CR = 0x0d;

/** Cap on one frame; a longer (or never-terminated) frame is dropped and the framer resyncs at the next VT. */
export const DEFAULT_MAX_FRAME_BYTES = 4 * 1024 * 1024;

export interface MllpIssue {
  readonly kind: 'stray' | 'oversize' | 'unterminated';
  readonly message: string;
  /** The first bytes of what was dropped, for the archive (at most 1 KiB). */
  readonly head: Uint8Array;
}

export type MllpEvent = { readonly kind: 'frame'; readonly payload: Uint8Array } | { readonly kind: 'issue'; readonly issue: MllpIssue };

const HEAD_BYTES = 1024;
const isBlank = (b: number): boolean => b === CR || b === 0x0a || b === 0x20 || b === 0x09;

/** Wraps one payload in an MLLP frame. */
export function encodeMllp(payload: Uint8Array): Uint8Array {
  const out = new Uint8Array(payload.length + 3);
  out[0] = VT;
  out.set(payload, 1);
  out[payload.length + 1] = FS;
  out[payload.length + 2] = CR;
  return out;
}

type State = 'idle' | 'frame' | 'fs' | 'skip';

/** A push deframer for one connection: every frame succeeds or fails alone. */
export class MllpDeframer {
  private state: State = 'idle';
  private parts: Buffer[] = [];
  private size = 0;
  private head: Buffer = Buffer.alloc(0);

  constructor(private readonly maxFrameBytes: number = DEFAULT_MAX_FRAME_BYTES) {}

  /** Bytes held for a frame that has not ended yet. */
  get buffered(): number {
    return this.size;
  }

  push(chunk: Uint8Array): MllpEvent[] {
    const buf = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    const events: MllpEvent[] = [];
    let i = 0;
    while (i < buf.length) i = this.step(buf, i, events);
    return events;
  }

  /** The connection ended: a frame missing only its CR still counts; an open frame is reported. */
  end(): MllpEvent[] {
    const events: MllpEvent[] = [];
    if (this.state === 'fs') events.push(this.emit());
    else if (this.state === 'frame') events.push(this.drop('unterminated', `connection closed inside a frame (${this.size} bytes dropped)`));
    this.state = 'idle';
    return events;
  }

  private step(buf: Buffer, i: number, events: MllpEvent[]): number {
    switch (this.state) {
      case 'idle':
        return this.skipToStart(buf, i, events, true);
      case 'skip':
        return this.skipToStart(buf, i, events, false);
      case 'fs':
        // FS must be followed by CR; a missing CR still ends the frame (nothing else can follow FS in a payload).
        events.push(this.emit());
        return buf[i] === CR ? i + 1 : i;
      case 'frame':
        return this.readFrame(buf, i, events);
    }
  }

  private skipToStart(buf: Buffer, i: number, events: MllpEvent[], reportStray: boolean): number {
    const vt = buf.indexOf(VT, i);
    const end = vt === -1 ? buf.length : vt;
    if (reportStray) this.reportStray(buf.subarray(i, end), events);
    if (vt === -1) return buf.length;
    this.begin();
    return vt + 1;
  }

  private reportStray(bytes: Buffer, events: MllpEvent[]): void {
    if (bytes.every(isBlank)) return;
    events.push({ kind: 'issue', issue: { kind: 'stray', message: `${bytes.length} stray bytes outside a frame ignored`, head: copyHead(bytes) } });
  }

  private readFrame(buf: Buffer, i: number, events: MllpEvent[]): number {
    const fs = buf.indexOf(FS, i);
    const vt = buf.indexOf(VT, i);
    if (vt !== -1 && (fs === -1 || vt < fs)) {
      // A new start block before the end block: the open frame was never terminated.
      if (!this.append(buf.subarray(i, vt), events)) return vt;
      events.push(this.drop('unterminated', `frame without end block dropped (${this.size} bytes); a new frame started`));
      this.begin();
      return vt + 1;
    }
    const end = fs === -1 ? buf.length : fs;
    if (!this.append(buf.subarray(i, end), events)) return end;
    if (fs === -1) return buf.length;
    this.state = 'fs';
    return fs + 1;
  }

  /** Adds payload bytes; false (and skip mode) when the frame would exceed the cap. */
  private append(bytes: Buffer, events: MllpEvent[]): boolean {
    if (this.size + bytes.length > this.maxFrameBytes) {
      if (this.head.length < HEAD_BYTES) this.head = Buffer.concat([this.head, bytes.subarray(0, HEAD_BYTES - this.head.length)]);
      events.push(this.drop('oversize', `frame larger than ${this.maxFrameBytes} bytes dropped; waiting for the next frame`));
      this.state = 'skip';
      return false;
    }
    if (bytes.length === 0) return true;
    this.parts.push(bytes);
    this.size += bytes.length;
    if (this.head.length < HEAD_BYTES) this.head = Buffer.concat([this.head, bytes.subarray(0, HEAD_BYTES - this.head.length)]);
    return true;
  }

  private begin(): void {
    this.state = 'frame';
    this.parts = [];
    this.size = 0;
    this.head = Buffer.alloc(0);
  }

  private emit(): MllpEvent {
    const payload = new Uint8Array(Buffer.concat(this.parts, this.size));
    this.reset('idle');
    return { kind: 'frame', payload };
  }

  private drop(kind: MllpIssue['kind'], message: string): MllpEvent {
    const issue: MllpIssue = { kind, message, head: new Uint8Array(this.head) };
    this.reset(this.state);
    return { kind: 'issue', issue };
  }

  private reset(state: State): void {
    this.state = state;
    this.parts = [];
    this.size = 0;
    this.head = Buffer.alloc(0);
  }
}

function copyHead(bytes: Uint8Array): Uint8Array {
  return new Uint8Array(bytes.subarray(0, HEAD_BYTES));
}
