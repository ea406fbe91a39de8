// A log that a flood of the same kind of error cannot flood: the first lines of each window, then one count.

export interface RateLimitOptions {
  /** Lines written as they come in each window. */
  readonly linesPerWindow?: number;
  readonly windowMs?: number;
  /** The closing line of a window in which lines were held back: ("1,204", "the last minute") → a sentence. */
  readonly summary: (count: string, window: string) => string;
}

export type LogLine = (line: string) => void;

/** Wraps a sink so that at most `linesPerWindow` lines per window reach it, plus one line counting the rest. */
export function rateLimitedLog(sink: LogLine, { linesPerWindow = 5, windowMs = 60_000, summary }: RateLimitOptions): LogLine {
  let written = 0;
  let suppressed = 0;
  let window: NodeJS.Timeout | null = null;
  const closeWindow = () => {
    if (suppressed > 0) sink(summary(suppressed.toLocaleString('en-US'), describeWindow(windowMs)));
    written = 0;
    suppressed = 0;
    window = null;
  };
  return (line) => {
    // The window timer must not keep a stopping process alive.
    window ??= setTimeout(closeWindow, windowMs).unref();
    if (written < linesPerWindow) {
      written += 1;
      sink(line);
    } else {
      suppressed += 1;
    }
  };
}

/** A flood-proof log for one kind of repeated line: "vigil: hl7: 1,204 more frames dropped in the last minute (…)". */
export function floodLog(sink: LogLine, prefix: string, what: string): LogLine {
  return rateLimitedLog(sink, { summary: (count, window) => `${prefix}: ${count} more ${what} in ${window} (not logged one by one)` });
}

/** "the last minute", "the last 10 seconds": for summary lines. */
function describeWindow(windowMs: number): string {
  if (windowMs === 60_000) return 'the last minute';
  return windowMs % 60_000 === 0 ? `the last ${windowMs / 60_000} minutes` : `the last ${Math.round(windowMs / 1000)} seconds`;
}
