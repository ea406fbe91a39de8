// A byte pipe to a device: a serial port, a pty, a TCP socket or an in-process pair.

export interface ByteTransport {
  write(bytes: Uint8Array): Promise<void>;
  /** Subscribe to received bytes; returns the unsubscribe function. */
  onData(listener: (chunk: Uint8Array) => void): () => void;
  close(): Promise<void>;
}

/** Two connected in-process transports: what one writes the other receives (for unit tests). */
export function createTransportPair(): [ByteTransport, ByteTransport] {
  const listeners: [Set<(c: Uint8Array) => void>, Set<(c: Uint8Array) => void>] = [new Set(), new Set()];
  const closed = [false, false];
  const make = (self: 0 | 1): ByteTransport => {
    const peer = self === 0 ? 1 : 0;
    return {
      async write(bytes) {
        if (closed[self]) throw new Error('transport closed');
        const copy = Uint8Array.from(bytes);
        queueMicrotask(() => {
          if (!closed[peer]) for (const l of listeners[peer]) l(copy);
        });
      },
      onData(listener) {
        listeners[self].add(listener);
        return () => listeners[self].delete(listener);
      },
      async close() {
        closed[self] = true;
        listeners[self].clear();
      },
    };
  };
  return [make(0), make(1)];
}
