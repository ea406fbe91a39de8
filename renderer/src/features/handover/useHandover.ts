// The handover of a window from the station (report.handover), fetched again when the episode or the grades change.
import { useCallback, useEffect, useState } from 'react';
import type { HandoverReport } from '../../../../shared/report/types';
import type { LinkState, StationClient } from '../../api/stationClient';
import { errorMessage } from '../../../../shared/errors';

export interface HandoverState {
  readonly report: HandoverReport | null;
  readonly error: string | null;
  readonly reload: () => void;
}

export function useHandover(client: StationClient, link: LinkState, request: { from?: number; to?: number; episodeId?: number } | null, live = true): HandoverState {
  const [state, setState] = useState<{ report: HandoverReport | null; error: string | null }>({ report: null, error: null });
  const [generation, setGeneration] = useState(0);
  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  const from = request?.from;
  const to = request?.to;
  const episodeId = request?.episodeId;
  const wanted = request !== null;

  useEffect(() => {
    if (!live) return;
    const offEpisode = client.on('episode.changed', reload);
    const offClinical = client.on('clinical.changed', reload);
    return () => {
      offEpisode();
      offClinical();
    };
  }, [client, reload, live]);

  useEffect(() => {
    if (link !== 'open' || !wanted) return;
    let cancelled = false;
    const input = { ...(from !== undefined && to !== undefined ? { from, to } : {}), ...(episodeId !== undefined ? { episodeId } : {}) };
    client.call('report.handover', input).then(
      (report) => !cancelled && setState({ report, error: null }),
      (error: unknown) => !cancelled && setState((prev) => ({ ...prev, error: errorMessage(error) })),
    );
    return () => {
      cancelled = true;
    };
  }, [client, link, from, to, episodeId, wanted, generation]);

  return { ...state, reload };
}
