// The time from trend data received to trend painted, in Chromium; filled in by the trends screen's marks.
export async function measurePaint(_days: number): Promise<number> {
  throw new Error('the trends screen does not report paint marks yet');
}
