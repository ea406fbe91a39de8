// What the trends draw besides the vitals: flags (clinical.status) and which source feeds each param (sources.active).
import { useEffect, useState } from 'react';
import type { FlagView } from '../../../../shared/api/methods/clinical';
import type { ActiveSource } from '../../../../shared/api/methods/hl7';
import type { LinkState, StationClient } from '../../api/stationClient';

export interface TrendContext {
  readonly flags: readonly FlagView[];
  readonly sources: readonly ActiveSource[];
}

export function useTrendContext(client: StationClient, link: LinkState): TrendContext {
  const [context, setContext] = useState<TrendContext>({ flags: [], sources: [] });
  const [generation, setGeneration] = useState(0);
  useEffect(() => client.on('clinical.changed', () => setGeneration((g) => g + 1)), [client]);
  useEffect(() => {
    if (link !== 'open') return;
    let cancelled = false;
    const status = client.call('clinical.status', {}).then((s) => s.flags, () => [] as readonly FlagView[]);
    const sources = client.call('sources.active', {}).catch(() => [] as readonly ActiveSource[]);
    void Promise.all([status, sources]).then(([flags, active]) => !cancelled && setContext({ flags, sources: active }));
    return () => {
      cancelled = true;
    };
  }, [client, link, generation]);
  return context;
}
