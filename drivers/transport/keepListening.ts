// A listening socket kept open: after a server 'error' it is closed and opened again on the same port, while the
// rest of the station (acquisition, storage) goes on untouched. Used by the web server and the MLLP listeners.
import type { AddressInfo, Server } from 'node:net';

/** What the caller is told: listening lost (with the error and when the next attempt is), or listening again. */
export type ListeningChange = { readonly listening: false; readonly error: unknown; readonly retryInMs: number } | { readonly listening: true };

export interface KeepListeningOptions {
  readonly host: string;
  /** 0 picks a free port once; restarts reuse the port picked, so the address senders and windows hold stays valid. */
  readonly port: number;
  /** Told of every loss and every recovery (the caller logs it and shows it in the station's status). */
  readonly onChange: (change: ListeningChange) => void;
  /** First wait before listening again; doubles while listening keeps failing, up to maxRetryMs. */
  readonly retryMs?: number;
  readonly maxRetryMs?: number;
}

export interface Listening {
  readonly port: number;
  /** No more restarts (the server is being closed on purpose). */
  stop(): void;
}

/** Listens (rejecting if that first attempt fails, e.g. the port is taken) and restarts the listener after any later server error. */
export async function keepListening(server: Server, options: KeepListeningOptions): Promise<Listening> {
  const { host, onChange, retryMs = 1_000, maxRetryMs = 30_000 } = options;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  let stopped = false;
  let failed = false;
  let delay = retryMs;
  let pending: NodeJS.Timeout | null = null;

  const tell = (change: ListeningChange) => {
    try {
      onChange(change);
    } catch {
      // A failing reporter must not stop the restarts.
    }
  };
  const listenAgain = () => {
    pending = null;
    if (stopped) return;
    try {
      // close() only stops accepting; connections already open (a window's bridge, a sender) carry on.
      if (server.listening) server.close();
      server.listen(port, host);
    } catch (error) {
      server.emit('error', error); // a timer callback must not throw: treat it as one more failure and try again later
    }
  };
  server.on('error', (error) => {
    if (stopped) return;
    failed = true;
    tell({ listening: false, error, retryInMs: delay });
    if (pending) return;
    pending = setTimeout(listenAgain, delay);
    delay = Math.min(delay * 2, maxRetryMs);
  });
  server.on('listening', () => {
    if (!failed) return;
    failed = false;
    delay = retryMs;
    tell({ listening: true });
  });
  return {
    port,
    stop() {
      stopped = true;
      if (pending) clearTimeout(pending);
    },
  };
}
