// The station clock as seen from this window: every time the window sends (trend windows, entry times) must be whole
// milliseconds, as the API contract requires.

/** Station clock minus this window's clock, in whole ms: the station read its clock about half-way through the round trip. */
export function clockOffsetOf(stationNow: number, sentAt: number, receivedAt: number): number {
  return Math.round(stationNow - (sentAt + receivedAt) / 2);
}
