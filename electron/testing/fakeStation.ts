// A recording stand-in for the station core in the shell's tests: the shell's wiring is under test, not the station.
import { EventHub } from '../station/api/eventHub';
import type { DispatchReply } from '../station/api/dispatcher';
import type { WindowSession } from '../station/auth/sessions';

export interface Dispatched {
  readonly method: unknown;
  readonly input: unknown;
  readonly session: WindowSession | null;
}

export class Station {
  static readonly instances: Station[] = [];
  readonly events = new EventHub();
  readonly calls: string[] = [];
  readonly dispatched: Dispatched[] = [];
  readonly sessions: WindowSession[] = [];
  readonly hl7 = { sources: { fallbackAfterMs: 0 }, listen: () => Promise.resolve(), close: () => Promise.resolve() };

  constructor(readonly options: unknown) {
    Station.instances.push(this);
  }

  start(): void {
    this.calls.push('start');
  }

  stop(): Promise<void> {
    this.calls.push('stop');
    return Promise.resolve();
  }

  createWindowSession(): WindowSession {
    const session = { label: `session ${this.sessions.length + 1}` } as unknown as WindowSession;
    this.sessions.push(session);
    return session;
  }

  /** Answers every call with a reply naming it, so a test can see the reply travel back unchanged. */
  readonly dispatch = (method: unknown, input: unknown, session: WindowSession | null = null): Promise<DispatchReply> => {
    this.dispatched.push({ method, input, session });
    return Promise.resolve({ ok: true, result: { answered: method } });
  };
}
