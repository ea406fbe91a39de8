// Says a station-generated message in the window's language (i18next), nested phrases first; text stored before
// messages existed, or a key this window has no words for, is shown as the station wrote it.
import type { Message, MessageParam } from '../../../shared/messages/message';
import { i18n } from './index';

export function say(m: Message): string {
  const params = Object.fromEntries(Object.entries(m.params).map(([name, value]) => [name, sayParam(value)]));
  return i18n.t(m.key as never, params as never) as unknown as string;
}

/** The message in the window's language when there is one and the window knows its key, else the stored text. */
export function sayOr(m: Message | null | undefined, text: string): string {
  return m && i18n.exists(m.key) ? say(m) : text;
}

/** A parameter (a message, or a value shown as it is) in the window's language. */
export function sayParam(value: MessageParam): string {
  return typeof value === 'object' ? say(value) : String(value);
}
