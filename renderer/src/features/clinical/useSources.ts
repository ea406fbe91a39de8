// The active source per param: asked on (re)connect and every 5 s (the station pushes no event for it).
import { useEffect, useState } from 'react';
import type { LinkState, StationClient } from '../../api/stationClient';
import { toSourceMap, type SourceMap } from './sources';

const REFRESH_MS = 5_000;

export function useSources(client: StationClient, link: LinkState): SourceMap {
  const [sources, setSources] = useState<SourceMap>(() => new Map());
  useEffect(() => {
    if (link !== 'open') return;
    let cancelled = false;
    const load = () =>
      client.call('sources.active', {}).then(
        (list) => !cancelled && setSources(toSourceMap(list)),
        () => {},
      );
    void load();
    const timer = setInterval(() => void load(), REFRESH_MS);
    return () => {
      cancelled = true;
      clearInterval(timer);
    };
  }, [client, link]);
  return sources;
}
