// CRS/ICANS status: fetched on (re)connect and whenever the station says grades, flags or the episode changed.
import { useCallback, useEffect, useState } from 'react';
import type { ClinicalStatus } from '../../../../shared/api/methods/clinical';
import type { LinkState, StationClient } from '../../api/stationClient';
import { errorMessage } from '../../../../shared/errors';

export interface ClinicalState {
  readonly status: ClinicalStatus | null;
  readonly error: string | null;
  readonly reload: () => void;
}

export function useClinical(client: StationClient, link: LinkState): ClinicalState {
  const [state, setState] = useState<{ status: ClinicalStatus | null; error: string | null }>({ status: null, error: null });
  const [generation, setGeneration] = useState(0);
  const reload = useCallback(() => setGeneration((g) => g + 1), []);

  useEffect(() => client.on('clinical.changed', reload), [client, reload]);
  useEffect(() => client.on('episode.changed', reload), [client, reload]);

  useEffect(() => {
    if (link !== 'open') return;
    let cancelled = false;
    client.call('clinical.status', {}).then(
      (status) => !cancelled && setState({ status, error: null }),
      (error: unknown) => !cancelled && setState((prev) => ({ ...prev, error: errorMessage(error) })),
    );
    return () => {
      cancelled = true;
    };
  }, [client, link, generation]);

  return { ...state, reload };
}
