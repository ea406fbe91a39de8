import type { StationClient } from './api/stationClient';
import { DeviceStates } from './components/DeviceStates';
import { NoMonitor } from './components/NoMonitor';
import { NumericsPanel } from './components/NumericsPanel';
import { PatientHeader } from './components/PatientHeader';
import { StationBanner } from './components/StationBanner';
import { TrendPanel } from './components/TrendPanel';
import { useLatest } from './hooks/useLatest';
import { useLink } from './hooks/useLink';
import { useStation } from './hooks/useStation';

/** The live screen: who, what the monitor says now, whether it is still talking, and the last hours. */
export function App({ client }: { client: StationClient }) {
  const link = useLink(client);
  const station = useStation(client, link);
  const latest = useLatest(client, link);
  const now = Date.now() + station.clockOffset;
  const noMonitor = station.loaded && station.devices.length === 0 && latest.size === 0;

  return (
    <div className="app">
      <StationBanner link={link} />
      <PatientHeader loaded={station.loaded} stationName={station.stationName} patient={station.patient} error={station.error} />
      <DeviceStates devices={station.devices} now={now} current={link === 'open'} />
      {noMonitor && <NoMonitor />}
      <main className={link === 'open' ? 'live' : 'live live-outdated'}>
        <NumericsPanel values={latest} clockOffset={station.clockOffset} />
        <TrendPanel client={client} link={link} clockOffset={station.clockOffset} />
      </main>
    </div>
  );
}
