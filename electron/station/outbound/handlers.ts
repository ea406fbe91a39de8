// API handlers of the Sending screen: destinations' status, parked messages, "send again" (audited) and destination
// settings (administrators only, audited).
import type { HandlersFor } from '../api/dispatcher';
import { StationError } from '../api/dispatcher';
import type { outboundMethods } from '../../../shared/api/methods/outbound';
import type { AuditLog } from '../repositories/audit';
import type { OutboundService } from './service';

export interface OutboundHandlerDeps {
  readonly outbound: OutboundService;
  readonly audit: AuditLog;
}

export type OutboundHandlers = HandlersFor<typeof outboundMethods>;

export function createOutboundHandlers({ outbound, audit }: OutboundHandlerDeps): OutboundHandlers {
  const destination = (id: number) => {
    const row = outbound.store.destination(id);
    if (!row) throw new StationError('not_found', `destinationId: there is no HL7 destination ${id} at this station.`);
    return row;
  };
  return {
    'outbound.status': () => ({ destinations: outbound.status() }),
    'outbound.parked': ({ destinationId }) => outbound.store.parked(destination(destinationId).id),
    'outbound.resend': ({ messageId, reason }, { user }) => {
      const before = outbound.store.message(messageId);
      if (!before) throw new StationError('not_found', `messageId: there is no outbound message ${messageId}.`);
      if (before.state !== 'parked') throw new StationError('invalid_input', `messageId: message ${before.controlId} is ${before.state}, not parked; only a parked message is sent again.`);
      outbound.store.requeue(messageId);
      const after = outbound.store.message(messageId)!;
      audit.append({ staffId: user?.id ?? null, action: 'resend', entity: 'outbound_message', entityId: messageId, before, after, reason });
      outbound.wake(after.destinationId);
      const { destinationId: _destinationId, ...message } = after;
      return message;
    },
    'outbound.saveDestination': ({ id, settings, reason }, { user }) => {
      if (id !== undefined) destination(id);
      const clash = outbound.store.destinations().find((d) => d.name === `${settings.host}:${settings.port}` && id !== undefined && d.id !== id);
      if (clash) throw new StationError('invalid_input', `port: destination ${clash.id} already sends to ${clash.name}.`);
      const { before, after } = outbound.save(settings, id);
      audit.append({ staffId: user?.id ?? null, action: before ? 'update' : 'create', entity: 'outbound_destination', entityId: after.id, before: before?.settings, after: after.settings, reason: reason ?? null });
      return outbound.statusOf(after);
    },
  };
}
