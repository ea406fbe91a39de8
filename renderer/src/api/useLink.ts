import { useSyncExternalStore } from 'react';
import type { LinkState, StationClient } from './stationClient';

/** The state of the link to the station, re-rendering on change. */
export function useLink(client: StationClient): LinkState {
  return useSyncExternalStore(
    (notify) => client.onLink(notify),
    () => client.link,
  );
}
