// The station's listening services (the browser-mode web server, each MLLP listener): each one's state for the API
// status, and one log line per loss and recovery. A lost listener is restarted by keepListening; this records it.
import type { ListeningChange } from '../../drivers/transport/keepListening';
import type { ServiceStatus } from '../../shared/api/methods/live';
import { describeError } from './server/safetyNet';
import { escapeForLog } from './log/escapeForLog';
import type { LogLine } from './log/rateLimitedLog';

export interface ServiceIdentity {
  readonly kind: ServiceStatus['kind'];
  /** host:port it listens on. */
  readonly address: string;
  /** The start of its log lines, e.g. "vigil web: the web server" or "vigil: hl7: the MLLP listener on 127.0.0.1:2575". */
  readonly logName: string;
}

export class ServiceBoard {
  private readonly services = new Map<string, ServiceStatus>();

  constructor(
    private readonly now: () => number,
    private readonly log: LogLine,
  ) {}

  /** Registers a service that is listening now, and returns what keepListening calls on each change. */
  add(service: ServiceIdentity): (change: ListeningChange) => void {
    const key = `${service.kind} ${service.address}`;
    this.services.set(key, { kind: service.kind, address: service.address, listening: true, since: this.now() });
    return (change) => {
      const previous = this.services.get(key);
      if (!previous) return; // removed: closed on purpose
      if (change.listening) {
        this.services.set(key, { kind: service.kind, address: service.address, listening: true, since: this.now() });
        this.log(`${service.logName}: listening again on ${service.address}`);
        return;
      }
      const reason = escapeForLog(describeError(change.error));
      // The first failure's time is kept while the retries fail too: "not listening since 03:12".
      const since = previous.listening ? this.now() : previous.since;
      this.services.set(key, { kind: service.kind, address: service.address, listening: false, since, reason });
      this.log(`${service.logName} failed: ${reason}; listening again on ${service.address} in ${change.retryInMs} ms`);
    };
  }

  remove(kind: ServiceStatus['kind'], address: string): void {
    this.services.delete(`${kind} ${address}`);
  }

  list(): ServiceStatus[] {
    return [...this.services.values()];
  }
}
