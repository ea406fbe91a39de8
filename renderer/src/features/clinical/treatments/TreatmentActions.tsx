// What the treatments screen does at the station: events.record as the signed-in person; the answer (entry and
// the station's warnings) goes to the screen, which shows it.
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { DocumentedEvent } from '../../../../../shared/api/methods/clinical';
import type { EpisodeView } from '../../../../../shared/api/methods/episode';
import type { Message } from '../../../../../shared/messages/message';
import type { StationClient } from '../../../api/stationClient';
import { useSession } from '../../../ui/session/SessionContext';

export interface Recorded {
  readonly event: DocumentedEvent;
  readonly entryId: number;
  /** The station's warnings, said in the window's language. */
  readonly warningMessages: readonly Message[];
}

export interface TreatmentActions {
  record(event: DocumentedEvent): Promise<void>;
  readonly episode: EpisodeView;
}

const Context = createContext<TreatmentActions | null>(null);

interface Props {
  readonly client: StationClient;
  readonly episode: EpisodeView;
  readonly onRecorded: (recorded: Recorded) => void;
  readonly children: ReactNode;
}

export function TreatmentActionsProvider({ client, episode, onRecorded, children }: Props) {
  const { perform } = useSession();
  const value = useMemo<TreatmentActions>(
    () => ({
      record: async (event) => {
        const result = await perform(() => client.call('events.record', { event }));
        onRecorded({ event, ...result });
      },
      episode,
    }),
    [client, episode, onRecorded, perform],
  );
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

export function useTreatmentActions(): TreatmentActions {
  const value = useContext(Context);
  if (value === null) throw new Error('useTreatmentActions outside TreatmentActionsProvider');
  return value;
}
