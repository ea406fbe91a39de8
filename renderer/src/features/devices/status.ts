// A device's connection in words for the setup screen: the state, since when nothing came, and the station's reason.
import type { ConnectionState } from '../../../../shared/device';
import { formatSince } from '../../ui/format/time';
import { i18n } from '../../i18n';

export interface DeviceStatusText {
  /** The state in a few words ("Receiving", "Silent", "Error: …"). */
  readonly state: string;
  /** "No data since 14:05" when data arrived in this run and none is arriving now; else null. */
  readonly noDataSince: string | null;
  /** The station's reason (error or silence), if any. */
  readonly reason: string | null;
  /** ok, waiting or bad: the colour of the dot. */
  readonly tone: 'ok' | 'waiting' | 'bad' | 'off';
}

export function deviceStatus(c: ConnectionState, enabled: boolean, now: number): DeviceStatusText {
  const since = c.lastDataAt !== null && c.state !== 'receiving' ? i18n.t('deviceSetup.status.noDataSince', { time: formatSince(c.lastDataAt, now) }) : null;
  const reason = c.reason ?? null;
  switch (c.state) {
    case 'receiving':
      return { state: i18n.t('deviceSetup.status.receiving'), noDataSince: null, reason: null, tone: 'ok' };
    case 'connecting':
      return { state: i18n.t('deviceSetup.status.connecting'), noDataSince: since, reason, tone: 'waiting' };
    case 'waiting':
      return { state: i18n.t('deviceSetup.status.waiting'), noDataSince: since, reason, tone: 'waiting' };
    case 'silent':
      return {
        state: c.lastDataAt === null ? i18n.t('deviceSetup.status.silentNever') : i18n.t('deviceSetup.status.silentSince', { time: formatSince(c.lastDataAt, now) }),
        noDataSince: since,
        reason,
        tone: 'bad',
      };
    case 'error':
      return { state: i18n.t('deviceSetup.status.error', { reason: reason ?? i18n.t('devices.errorUnknown') }), noDataSince: since, reason: null, tone: 'bad' };
    case 'stopped':
      return { state: enabled ? i18n.t('deviceSetup.status.stopped') : i18n.t('deviceSetup.status.disconnected'), noDataSince: since, reason: null, tone: 'off' };
  }
}
