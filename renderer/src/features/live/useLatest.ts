// The latest value of each param: 'observations.latest' on (re)connect, then the 'observations' events.
import { useEffect, useState } from 'react';
import type { LinkState, StationClient } from '../../api/stationClient';
import { mergeLatest, toLatest, type LatestMap } from './latest';

export function useLatest(client: StationClient, link: LinkState): LatestMap {
  const [values, setValues] = useState<LatestMap>(() => new Map());

  // Subscribed before the fetch below: events that arrive first are merged by time, nothing is lost.
  useEffect(
    () => client.on('observations', (batch) => setValues((prev) => mergeLatest(prev, batch.map(toLatest)))),
    [client],
  );

  useEffect(() => {
    if (link !== 'open') return;
    let cancelled = false;
    client.call('observations.latest', {}).then(
      (latest) => {
        if (!cancelled) setValues((prev) => mergeLatest(prev, latest));
      },
      () => {
        // Live events still fill the tiles; the next reconnect asks again.
      },
    );
    return () => {
      cancelled = true;
    };
  }, [client, link]);

  return values;
}
