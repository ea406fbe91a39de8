// API handlers of the HL7 feature: the message archive and the active source per param.
import type { HandlersFor } from '../api/dispatcher';
import type { hl7Methods } from '../../../shared/api/methods/hl7';
import { StationError } from '../api/dispatcher';
import type { Hl7Station } from './station';

export type Hl7Handlers = HandlersFor<typeof hl7Methods>;

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
  };
}
