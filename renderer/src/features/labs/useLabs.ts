// The lab results of the episode's window; fetched again when the station says the episode changed (a result
// arrived by HL7 or was entered) and after an entry here.
import { useEffect, useState } from 'react';
import type { LabResult } from '../../../../shared/api/methods/labs';
import type { LinkState, StationClient } from '../../api/stationClient';
import { errorMessage } from '../../../../shared/errors';

export interface LabsState {
  readonly loaded: boolean;
  readonly results: readonly LabResult[];
  readonly error: string | null;
  readonly reload: () => void;
}

export function useLabs(client: StationClient, link: LinkState, from: number, to: number): LabsState {
  const [state, setState] = useState<Omit<LabsState, 'reload'>>({ loaded: false, results: [], error: null });
  const [generation, setGeneration] = useState(0);
  const reload = () => setGeneration((g) => g + 1);
  useEffect(() => client.on('episode.changed', () => setGeneration((g) => g + 1)), [client]);
  useEffect(() => {
    if (link !== 'open' || !(to > from)) return;
    let cancelled = false;
    client.call('labs.list', { from, to, includeRetracted: false }).then(
      (results) => !cancelled && setState({ loaded: true, results, error: null }),
      (error: unknown) => !cancelled && setState((prev) => ({ ...prev, loaded: true, error: errorMessage(error) })),
    );
    return () => {
      cancelled = true;
    };
  }, [client, link, from, to, generation]);
  return { ...state, reload };
}
