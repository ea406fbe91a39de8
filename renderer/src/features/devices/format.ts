// What a device's connection state says to the nurse.
import type { ConnectionState } from '../../../../shared/device';
import { i18n } from '../../i18n';
import { formatSince } from '../../ui/format/time';

export interface DeviceText {
  readonly text: string;
  /** True when the text is "No data since HH:MM". */
  readonly noDataSince: boolean;
  /** The reason the station gave, shown under the text for a silent device. */
  readonly detail: string | null;
}

export function deviceText(c: ConnectionState, now: number): DeviceText {
  switch (c.state) {
    case 'receiving':
      return { text: i18n.t('devices.receiving'), noDataSince: false, detail: null };
    case 'connecting':
      return { text: i18n.t('devices.connecting'), noDataSince: false, detail: null };
    case 'waiting':
      return { text: i18n.t('devices.waiting'), noDataSince: false, detail: null };
    case 'error':
      return { text: i18n.t('devices.error', { reason: c.reason ?? i18n.t('devices.errorUnknown') }), noDataSince: false, detail: null };
    case 'silent':
    case 'stopped': {
      const detail = c.state === 'silent' ? (c.reason ?? null) : null;
      if (c.lastDataAt !== null) return { text: i18n.t('devices.noDataSince', { time: formatSince(c.lastDataAt, now) }), noDataSince: true, detail };
      return { text: c.state === 'silent' ? i18n.t('devices.silentNoData') : i18n.t('devices.stopped'), noDataSince: false, detail };
    }
  }
}
