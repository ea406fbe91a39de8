// What the episode screen can do at the station; every action needs a signed-in person (perform asks for one)
// and shows the station's fresh view at once.
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { ApiInput } from '../../../../shared/api/contract';
import type { AuditView, EpisodeView } from '../../../../shared/api/methods/episode';
import type { Admission, ChecklistData, ChecklistItemKind, InfusionRecord } from '../../../../shared/episode/records';
import type { StationClient } from '../../api/stationClient';
import { useSession } from '../../ui/session/SessionContext';

export interface EpisodeActions {
  admit(admission: Admission, switchReason: string | null): Promise<void>;
  discharge(reason: string): Promise<void>;
  record<K extends ChecklistItemKind>(item: K, data: ChecklistData<K>): Promise<void>;
  correct(entryId: number, data: unknown, reason: string): Promise<void>;
  signOff(): Promise<void>;
  recordInfusion(infusion: InfusionRecord): Promise<void>;
  history(entryId: number): Promise<readonly AuditView[]>;
  client: StationClient;
  /** The station's clock (this window's clock corrected by the offset). */
  now(): number;
  /** The open episode the actions apply to (null on the admission form). */
  readonly episode: EpisodeView | null;
}

const Context = createContext<EpisodeActions | null>(null);

interface ProviderProps {
  readonly client: StationClient;
  readonly apply: (view: EpisodeView | null) => void;
  readonly clockOffset: number;
  readonly episode: EpisodeView | null;
  readonly children: ReactNode;
}

export function EpisodeActionsProvider({ client, apply, clockOffset, episode, children }: ProviderProps) {
  const { perform } = useSession();
  const actions = useMemo<EpisodeActions>(() => {
    const act = async (call: () => Promise<EpisodeView | null>) => apply(await perform(call));
    return {
      admit: (admission, switchReason) =>
        act(() => client.call('episode.admit', switchReason === null ? { admission } : { admission, replaceOpenEpisode: { reason: switchReason } })),
      discharge: (reason) => act(() => client.call('episode.discharge', { reason })),
      record: (item, data) => act(() => client.call('checklist.record', { item, data } as ApiInput<'checklist.record'>)),
      correct: (entryId, data, reason) => act(() => client.call('entry.correct', { entryId, data, reason })),
      signOff: () => act(() => client.call('checklist.signOff', {})),
      recordInfusion: (infusion) => act(() => client.call('infusion.record', { infusion })),
      history: (entryId) => perform(() => client.call('audit.history', { entity: 'entry', entityId: entryId })),
      client,
      now: () => Date.now() + clockOffset,
      episode,
    };
  }, [client, apply, perform, clockOffset, episode]);
  return <Context.Provider value={actions}>{children}</Context.Provider>;
}

export function useEpisodeActions(): EpisodeActions {
  const value = useContext(Context);
  if (value === null) throw new Error('useEpisodeActions outside EpisodeActionsProvider');
  return value;
}

/** The open episode, for parts of the screen that exist only while one is open. */
export function useOpenEpisode(): EpisodeView {
  const { episode } = useEpisodeActions();
  if (episode === null) throw new Error('useOpenEpisode without an open episode');
  return episode;
}
