// The HL7 message archive, newest first, a page at a time; the newest page is asked again every 10 s.
// Staff only: nothing is asked until someone is signed in.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Hl7MessageSummary, Hl7Outcome } from '../../../../shared/api/methods/hl7';
import type { LinkState, StationClient } from '../../api/stationClient';
import { mergeNewest } from './segments';
import { errorMessage } from '../../../../shared/errors';

const PAGE = 50;
const REFRESH_MS = 10_000;

export interface MessagesState {
  readonly messages: readonly Hl7MessageSummary[];
  readonly loaded: boolean;
  readonly nextBefore: number | null;
  readonly error: string | null;
  readonly loadOlder: () => void;
  readonly refresh: () => void;
}

export function useMessages(client: StationClient, link: LinkState, signedIn: boolean, outcome: Hl7Outcome | null): MessagesState {
  const [messages, setMessages] = useState<readonly Hl7MessageSummary[]>([]);
  const [loaded, setLoaded] = useState(false);
  const [nextBefore, setNextBefore] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [generation, setGeneration] = useState(0);
  const refresh = useCallback(() => setGeneration((g) => g + 1), []);
  const olderLoaded = useRef(false);

  // A new filter (or a new sign-in) starts from the newest page.
  useEffect(() => {
    setMessages([]);
    setLoaded(false);
    setNextBefore(null);
    olderLoaded.current = false;
  }, [outcome, signedIn]);

  useEffect(() => {
    if (link !== 'open' || !signedIn) return;
    let cancelled = false;
    const load = () =>
      client.call('hl7.messages', { limit: PAGE, ...(outcome === null ? {} : { outcome }) }).then(
        (page) => {
          if (cancelled) return;
          setMessages((prev) => mergeNewest(prev, page.messages));
          if (!olderLoaded.current) setNextBefore(page.nextBefore);
          setLoaded(true);
          setError(null);
        },
        (e: unknown) => !cancelled && setError(errorMessage(e)),
      );
    void load();
    const timer = setInterval(() => void load(), REFRESH_MS);
    return () => {
      cancelled = true;
      clearInterval(timer);
    };
  }, [client, link, signedIn, outcome, generation]);

  const loadOlder = useCallback(() => {
    if (nextBefore === null) return;
    client.call('hl7.messages', { limit: PAGE, before: nextBefore, ...(outcome === null ? {} : { outcome }) }).then(
      (page) => {
        olderLoaded.current = true;
        setMessages((prev) => [...prev, ...page.messages.filter((m) => !prev.some((p) => p.id === m.id))]);
        setNextBefore(page.nextBefore);
      },
      (e: unknown) => setError(errorMessage(e)),
    );
  }, [client, nextBefore, outcome]);

  return { messages, loaded, nextBefore, error, loadOlder, refresh };
}
