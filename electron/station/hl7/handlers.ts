// API handlers of the HL7 feature: the message archive, the active source per param, and lab results.
import type { Handler } from '../api/dispatcher';
import { StationError } from '../api/dispatcher';
import type { Hl7Station } from './station';

export interface Hl7Handlers {
  'hl7.messages': Handler<'hl7.messages'>;
  'hl7.message': Handler<'hl7.message'>;
  'sources.active': Handler<'sources.active'>;
  'labs.list': Handler<'labs.list'>;
}

export function createHl7Handlers(hl7: Hl7Station): Hl7Handlers {
  return {
    'hl7.messages': ({ limit, before, outcome }) => {
      // One extra row tells whether an older page exists.
      const rows = hl7.archive.list({ limit: limit + 1, ...(before !== undefined ? { before } : {}), ...(outcome ? { outcome } : {}) });
      const messages = rows.slice(0, limit);
      return { messages, nextBefore: rows.length > limit ? messages[messages.length - 1]!.id : null };
    },
    'hl7.message': ({ id }) => {
      const message = hl7.archive.get(id);
      if (!message) throw new StationError('not_found', `There is no HL7 message #${id} in the archive.`);
      return message;
    },
    'sources.active': () => hl7.sources.active(),
    'labs.list': ({ from, to, codes, includeRetracted }) => hl7.labsOfAdmitted({ from, to, includeRetracted, ...(codes ? { codes } : {}) }),
  };
}
