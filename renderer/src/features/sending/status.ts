// A destination's state in words for the Sending screen: connected or not, the last ACK, the backlog and the warning.
import type { OutboundDestinationStatus } from '../../../../shared/api/methods/outbound';
import { i18n } from '../../i18n';
import { formatAge } from '../../ui/format/age';
import { formatSince } from '../../ui/format/time';

export interface DestinationStatusText {
  /** "Connected", "Not connected", "Switched off". */
  readonly connection: string;
  /** The dot's colour: ok (connected), waiting (backlog, no link yet), bad (last attempt failed), off (disabled). */
  readonly tone: 'ok' | 'waiting' | 'bad' | 'off';
  /** "Last ACK 14:05 (8 s ago)" in the station's local time, or "No ACK yet". */
  readonly lastAck: string;
  /** "3 messages waiting (oldest 14:02)" or "Nothing waiting". */
  readonly backlog: string;
  /** Why the last attempt failed, if it did. */
  readonly lastError: string | null;
  /** The backlog-cap warning, shown in amber. */
  readonly warning: string | null;
}

export function destinationStatus(d: OutboundDestinationStatus, now: number): DestinationStatusText {
  const tone = !d.settings.enabled ? 'off' : d.connected ? 'ok' : d.lastError !== null ? 'bad' : 'waiting';
  const connection = !d.settings.enabled ? i18n.t('sending.status.disabled') : d.connected ? i18n.t('sending.status.connected') : i18n.t('sending.status.notConnected');
  const lastAck = d.lastAckAt === null ? i18n.t('sending.status.noAck') : i18n.t('sending.status.lastAck', { time: formatSince(d.lastAckAt, now), age: formatAge(now - d.lastAckAt) });
  const { count, oldestAt } = d.backlog;
  const backlog =
    count === 0
      ? i18n.t('sending.status.backlogEmpty')
      : oldestAt === null
        ? i18n.t('sending.status.backlog', { count })
        : i18n.t('sending.status.backlogSince', { count, time: formatSince(oldestAt, now) });
  return { connection, tone, lastAck, backlog, lastError: d.lastError, warning: d.warning };
}
