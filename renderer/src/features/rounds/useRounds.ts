// rounds.days, fetched again whenever the episode or the suggested grades change, and every 5 minutes (vitals).
import { useEffect, useState } from 'react';
import type { RoundsDay } from '../../../../shared/api/methods/rounds';
import type { LinkState, StationClient } from '../../api/stationClient';
import { MINUTE_MS } from '../../../../shared/time';
import { errorMessage } from '../../../../shared/errors';

const REFRESH_MS = 5 * MINUTE_MS;

export function useRounds(client: StationClient, link: LinkState): { loaded: boolean; days: readonly RoundsDay[]; error: string | null } {
  const [state, setState] = useState<{ loaded: boolean; days: readonly RoundsDay[]; error: string | null }>({ loaded: false, days: [], error: null });
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    const bump = () => setGeneration((g) => g + 1);
    const offEpisode = client.on('episode.changed', bump);
    const offClinical = client.on('clinical.changed', bump);
    const timer = setInterval(bump, REFRESH_MS);
    return () => {
      offEpisode();
      offClinical();
      clearInterval(timer);
    };
  }, [client]);
  useEffect(() => {
    if (link !== 'open') return;
    let cancelled = false;
    client.call('rounds.days', {}).then(
      (days) => !cancelled && setState({ loaded: true, days, error: null }),
      (error: unknown) => !cancelled && setState((prev) => ({ ...prev, loaded: true, error: errorMessage(error) })),
    );
    return () => {
      cancelled = true;
    };
  }, [client, link, generation]);
  return state;
}
