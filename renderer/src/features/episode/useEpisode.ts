// The open episode: fetched on (re)connect and again whenever the station says it changed ('episode.changed').
import { useCallback, useEffect, useState } from 'react';
import type { EpisodeView } from '../../../../shared/api/methods/episode';
import type { Product } from '../../../../shared/episode/products';
import type { LinkState, StationClient } from '../../api/stationClient';
import { errorMessage } from '../../../../shared/errors';

export interface EpisodeState {
  /** False until the station answered once. */
  readonly loaded: boolean;
  readonly episode: EpisodeView | null;
  readonly products: readonly Product[];
  readonly error: string | null;
  /** An action's answer is the fresh view: show it at once (the event refreshes it again anyway). */
  readonly apply: (view: EpisodeView | null) => void;
  readonly reload: () => void;
}

export function useEpisode(client: StationClient, link: LinkState): EpisodeState {
  const [state, setState] = useState<{ loaded: boolean; episode: EpisodeView | null; error: string | null }>({ loaded: false, episode: null, error: null });
  const [products, setProducts] = useState<readonly Product[]>([]);
  const [generation, setGeneration] = useState(0);
  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  const apply = useCallback((episode: EpisodeView | null) => setState({ loaded: true, episode, error: null }), []);

  useEffect(() => client.on('episode.changed', reload), [client, reload]);

  useEffect(() => {
    if (link !== 'open') return;
    let cancelled = false;
    client.call('episode.current', {}).then(
      (episode) => !cancelled && setState({ loaded: true, episode, error: null }),
      (error: unknown) => !cancelled && setState((prev) => ({ ...prev, error: errorMessage(error) })),
    );
    return () => {
      cancelled = true;
    };
  }, [client, link, generation]);

  useEffect(() => {
    if (link !== 'open') return;
    let cancelled = false;
    client.call('products.list', {}).then((list) => !cancelled && setProducts(list), () => {});
    return () => {
      cancelled = true;
    };
  }, [client, link]);

  return { ...state, products, apply, reload };
}
