// The web server's listening socket, kept open: after a server 'error' it is closed and opened again on the same
// port, while the rest of the station (acquisition, storage) goes on untouched.
import type { AddressInfo, Server } from 'node:net';
import { describeError } from './safetyNet';
import { escapeForLog } from '../log/escapeForLog';
import type { LogLine } from '../log/rateLimitedLog';

export interface KeepListeningOptions {
  readonly host: string;
  /** 0 picks a free port once; restarts reuse the port picked, so the window's address stays valid. */
  readonly port: number;
  readonly log: LogLine;
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
  const { host, log, retryMs = 1_000, maxRetryMs = 30_000 } = options;
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

  const listenAgain = () => {
    pending = null;
    if (stopped) return;
    try {
      // close() only stops accepting; connections already open (a window's bridge) carry on.
      if (server.listening) server.close();
      server.listen(port, host);
    } catch (error) {
      server.emit('error', error); // a timer callback must not throw: treat it as one more failure and try again later
    }
  };
  server.on('error', (error) => {
    if (stopped) return;
    failed = true;
    log(`vigil web: the web server failed: ${escapeForLog(describeError(error))}; listening again on ${host}:${port} in ${delay} ms`);
    if (pending) return;
    pending = setTimeout(listenAgain, delay);
    delay = Math.min(delay * 2, maxRetryMs);
  });
  server.on('listening', () => {
    if (!failed) return;
    failed = false;
    delay = retryMs;
    log(`vigil web: listening again on ${host}:${port}`);
  });
  return {
    port,
    stop() {
      stopped = true;
      if (pending) clearTimeout(pending);
    },
  };
}
