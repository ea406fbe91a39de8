// What a device's connection state says to the nurse.
import type { ConnectionState } from '../../../shared/device';
import { strings } from '../strings';
import { formatSince } from './time';

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
      return { text: strings.deviceReceiving, noDataSince: false, detail: null };
    case 'connecting':
      return { text: strings.deviceConnecting, noDataSince: false, detail: null };
    case 'waiting':
      return { text: strings.deviceWaiting, noDataSince: false, detail: null };
    case 'error':
      return { text: strings.deviceError(c.reason ?? strings.deviceErrorUnknown), noDataSince: false, detail: null };
    case 'silent':
    case 'stopped': {
      const detail = c.state === 'silent' ? (c.reason ?? null) : null;
      if (c.lastDataAt !== null) return { text: strings.deviceNoDataSince(formatSince(c.lastDataAt, now)), noDataSince: true, detail };
      return { text: c.state === 'silent' ? strings.deviceSilentNoData : strings.deviceStopped, noDataSince: false, detail };
    }
  }
}
