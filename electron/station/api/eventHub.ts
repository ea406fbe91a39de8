// Fans the station's pushed events out to every connected window (IPC or WebSocket).
import type { ApiEvent, ApiEvents } from '../../../shared/api/contract';
import type { EventMessage } from '../../../shared/api/wire';

export type EventSink = (message: EventMessage) => void;

export class EventHub {
  private readonly sinks = new Set<EventSink>();

  subscribe(sink: EventSink): () => void {
    this.sinks.add(sink);
    return () => this.sinks.delete(sink);
  }

  publish<E extends ApiEvent>(event: E, payload: ApiEvents[E]): void {
    const message = { type: 'event', event, payload } as EventMessage;
    for (const sink of this.sinks) {
      try {
        sink(message);
      } catch {
        // A broken window must not stop delivery to the others; its transport cleans it up.
      }
    }
  }
}
