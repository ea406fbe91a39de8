// When the charts have drawn: the paint benchmark's marks (whole-episode data received → painted, read by test/bench
// through the window), and the printed report's readiness.
declare global {
  interface Window {
    __vigilTrendPaint?: { readonly dataAt: number; readonly paintedAt: number };
  }
}

/** True when every chart in `root` has drawn as many series paths as it has series with data (data-lines): trends and printed report. */
export function allSeriesDrawn(root: ParentNode): boolean {
  for (const chart of root.querySelectorAll<HTMLElement>('[data-lines]')) {
    const drawn = [...chart.querySelectorAll('path.trend-curve')].filter((p) => (p.getAttribute('d') ?? '') !== '').length;
    if (drawn < Number(chart.dataset.lines)) return false;
  }
  return true;
}

/**
 * Marks the data that arrived at `dataAt` (performance.now()) as painted once `drawn()` holds in an animation frame,
 * just after that frame is painted (a task queued from the frame runs after its paint); gives up after `giveUpMs`.
 * Returns a cancel function.
 */
export function markPaintedWhenDrawn(dataAt: number, drawn: () => boolean, giveUpMs = 10_000): () => void {
  if (typeof requestAnimationFrame === 'undefined') return () => {};
  let frame = 0;
  let task: ReturnType<typeof setTimeout> | undefined;
  const check = () => {
    if (!drawn()) {
      // No mark rather than a check every frame for as long as the screen is open.
      if (performance.now() - dataAt < giveUpMs) frame = requestAnimationFrame(check);
      return;
    }
    task = setTimeout(() => {
      performance.mark('vigil-trend-painted');
      window.__vigilTrendPaint = { dataAt, paintedAt: performance.now() };
    }, 0);
  };
  frame = requestAnimationFrame(check);
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(task);
  };
}
