// The active sources, for the numeric tiles (each shows a small label) without threading them through the panel.
import { createContext, useContext, type ReactNode } from 'react';
import type { LinkState, StationClient } from '../../api/stationClient';
import { type SourceMap } from './sources';
import { useSources } from './useSources';

const Context = createContext<SourceMap>(new Map());

export function SourcesProvider({ client, link, children }: { client: StationClient; link: LinkState; children: ReactNode }) {
  const sources = useSources(client, link);
  return <Context.Provider value={sources}>{children}</Context.Provider>;
}

export function useSourceMap(): SourceMap {
  return useContext(Context);
}
