// When a message was received, to the second (messages often come every second or faster).
import { intlLocale } from '../../i18n';

const cache = new Map<string, Intl.DateTimeFormat>();

export function formatReceived(t: number, locale = intlLocale()): string {
  let f = cache.get(locale);
  if (f === undefined) {
    f = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' });
    cache.set(locale, f);
  }
  return f.format(new Date(t));
}
