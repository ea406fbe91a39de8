// Every user-facing string of the renderer, in one place, so moving to i18next later is a mechanical change.
// Parameterised strings are functions; their arguments map one-to-one onto i18next interpolation values.
import type { ObservationStatus } from '../../shared/observation';

export const strings = {
  appTitle: 'Vigil',

  // Patient header
  noPatient: 'No patient admitted to this station',
  mrn: (mrn: string) => `MRN ${mrn}`,
  born: (date: string) => `Born ${date}`,
  sex: (sex: string) => `Sex ${sex}`,
  alarmDisclaimer: "Vigil does not replace the monitor's own alarms.",
  stationStatusUnavailable: (message: string) => `Station status unavailable: ${message}`,

  // Station connection (the bridge between this window and the station)
  stationConnecting: 'Connecting to the station…',
  stationDisconnected: 'Station connection lost. Reconnecting… The values below are not being updated.',

  // Devices
  devicesHeading: 'Monitors',
  noMonitor: 'No monitor connected',
  deviceReceiving: 'Receiving',
  deviceConnecting: 'Connecting…',
  deviceWaiting: 'Waiting for the monitor…',
  deviceNoDataSince: (time: string) => `No data since ${time}`,
  deviceSilentNoData: 'No data received',
  deviceStopped: 'Stopped',
  deviceError: (reason: string) => `Error: ${reason}`,
  deviceErrorUnknown: 'unknown reason',

  // Numerics
  numericsHeading: 'Live values',
  noValue: '---',
  noValueYet: 'No value received yet',
  stale: 'Old value',
  ageSeconds: (n: number) => `${n} s ago`,
  ageMinutes: (n: number) => `${n} min ago`,
  ageHours: (n: number) => `${n} h ago`,
  ageDays: (n: number) => `${n} d ago`,
  site: (site: string) => `Site: ${site}`,
  nibpLabel: 'NIBP',
  abpLabel: 'ABP',
  pressureParts: { sys: 'sys', dia: 'dia', mean: 'mean' },
  partStatus: (part: string, status: string) => `${part}: ${status}`,
  status: {
    valid: 'valid',
    invalid: 'invalid',
    not_updated: 'not updated',
    under_range: 'under range',
    over_range: 'over range',
    not_calibrated: 'not calibrated',
    questionable: 'questionable',
    unavailable: 'unavailable',
    demo: 'demo',
  } satisfies Record<ObservationStatus, string>,
  statusNoNumber: 'no number sent',

  // Trend
  trendHeading: 'Trend',
  trendRange: (hours: number) => `${hours} h`,
  trendRangeLabel: 'Period',
  trendEmpty: 'No data in this period',
  trendLoading: 'Loading trend…',
  trendError: (message: string) => `Trend unavailable: ${message}`,
  trendVitalsTitle: 'HR · SpO₂ · NIBP',
  trendRespTitle: 'RR',
  trendTempTitle: 'Temp',

  // Errors that are not the station's
  callTimeout: 'The station did not answer in time',
  connectionLost: 'Station connection lost',
  clientClosed: 'Connection closed',
} as const;
