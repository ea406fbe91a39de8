// The destinations' state and their parked messages. The station pushes no event for outbound: both are asked
// again every few seconds while the screen is open. Staff only: nothing is asked until someone is signed in.
import { useCallback, useEffect, useState } from 'react';
import type { OutboundDestinationStatus, ParkedMessage } from '../../../../shared/api/methods/outbound';
import type { LinkState, StationClient } from '../../api/stationClient';
import { errorMessage } from '../../../../shared/errors';
import { SECOND_MS } from '../../../../shared/time';

const POLL_MS = 3 * SECOND_MS;

export interface OutboundState {
  readonly loaded: boolean;
  readonly destinations: readonly OutboundDestinationStatus[];
  /** Destination id → its parked messages. */
  readonly parked: ReadonlyMap<number, readonly ParkedMessage[]>;
  readonly error: string | null;
  readonly reload: () => void;
}

export function useOutbound(client: StationClient, link: LinkState, signedIn: boolean): OutboundState {
  const [destinations, setDestinations] = useState<readonly OutboundDestinationStatus[]>([]);
  const [parked, setParked] = useState<ReadonlyMap<number, readonly ParkedMessage[]>>(new Map());
  const [loaded, setLoaded] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [generation, setGeneration] = useState(0);
  const reload = useCallback(() => setGeneration((g) => g + 1), []);

  useEffect(() => {
    if (link !== 'open' || !signedIn) return;
    let cancelled = false;
    const load = async () => {
      try {
        const status = await client.call('outbound.status', {});
        const lists = await Promise.all(status.destinations.map(async (d) => [d.id, d.parked > 0 ? await client.call('outbound.parked', { destinationId: d.id }) : []] as const));
        if (cancelled) return;
        setDestinations(status.destinations);
        setParked(new Map(lists));
        setLoaded(true);
        setError(null);
      } catch (e) {
        if (!cancelled) setError(errorMessage(e));
      }
    };
    void load();
    const timer = setInterval(() => void load(), POLL_MS);
    return () => {
      cancelled = true;
      clearInterval(timer);
    };
  }, [client, link, signedIn, generation]);

  return { loaded, destinations, parked, error, reload };
}
