// Paint benchmark marks: whole-episode data received → the chart painted (read by test/bench through the window).
declare global {
  interface Window {
    __vigilTrendPaint?: { readonly dataAt: number; readonly paintedAt: number };
  }
}

/** Call in a layout effect after the chart committed the data that arrived at `dataAt` (performance.now()). */
export function markPaintedNextFrame(dataAt: number): () => void {
  if (typeof requestAnimationFrame === 'undefined') return () => {};
  const id = requestAnimationFrame(() => {
    performance.mark('vigil-trend-painted');
    window.__vigilTrendPaint = { dataAt, paintedAt: performance.now() };
  });
  return () => cancelAnimationFrame(id);
}
