// The web server's last resort: whatever a request or socket handler throws is logged in one line and answered,
// and the process goes on, because stopping the station stops acquisition at the bedside.
import { escapeForLog } from '../log/escapeForLog';
import { rateLimitedLog, type LogLine } from '../log/rateLimitedLog';

/** Reports one failure: where (outside text allowed, it is escaped) and the error. */
export type ReportError = (where: string, error: unknown) => void;

/** The web server's log: rate-limited, one line per failure, every piece of outside text escaped. */
export function webErrorReporter(sink: LogLine): { report: ReportError; log: LogLine } {
  const log = rateLimitedLog(sink, { summary: (count, window) => `vigil web: ${count} more web server errors in ${window} (not logged one by one)` });
  const report: ReportError = (where, error) => log(`vigil web: ${escapeForLog(where)} failed: ${escapeForLog(describeError(error))}`);
  return { report, log };
}

/** "TypeError: Invalid URL (at serveStatic file.ts:12:3)": the error and where it was thrown, never throwing itself. */
export function describeError(error: unknown): string {
  try {
    if (!(error instanceof Error)) return typeof error === 'string' ? error : Object.prototype.toString.call(error);
    const frame = error.stack?.split('\n').find((line) => line.trimStart().startsWith('at '));
    return `${error.name}: ${error.message}${frame ? ` (${frame.trim()})` : ''}`;
  } catch {
    return 'an error that cannot be described';
  }
}

/** Wraps a handler so that nothing it throws, at once or in its promise, escapes: `onError` gets it with the same arguments. */
export function guarded<A extends unknown[]>(handler: (...args: A) => unknown, onError: (error: unknown, ...args: A) => void): (...args: A) => void {
  return (...args) => {
    const fail = (error: unknown) => {
      try {
        onError(error, ...args);
      } catch {
        // The failure handler failed too: there is nothing left to answer, and the process must go on.
      }
    };
    try {
      const result = handler(...args);
      if (result instanceof Promise) result.catch(fail);
    } catch (error) {
      fail(error);
    }
  };
}
