// The live screen: what the monitor says now, whether it is still talking, and the last hours.
import type { LinkState, StationClient } from '../../api/stationClient';
import { SourcesProvider } from '../clinical/SourcesContext';
import { ClinicalPanel } from '../clinical/ClinicalPanel';
import { DeviceStates } from './DeviceStates';
import { NoMonitor } from './NoMonitor';
import { NumericsPanel } from './NumericsPanel';
import { TrendPanel } from './TrendPanel';
import type { StationView } from './useStation';
import type { LatestMap } from './latest';
import { SpotVitalsButton } from '../vitals/SpotVitalsButton';
import './live.css';

interface Props {
  readonly client: StationClient;
  readonly link: LinkState;
  readonly station: StationView;
  readonly latest: LatestMap;
  /** A patient is admitted: vital signs may be recorded by hand here too. */
  readonly admitted: boolean;
}

export function LiveScreen({ client, link, station, latest, admitted }: Props) {
  const now = Date.now() + station.clockOffset;
  const noMonitor = station.loaded && station.devices.length === 0 && latest.size === 0;
  return (
    <>
      <DeviceStates devices={station.devices} now={now} current={link === 'open'} />
      {noMonitor && <NoMonitor />}
      {admitted && (
        <div className="live-actions">
          <SpotVitalsButton client={client} now={() => Date.now() + station.clockOffset} onSaved={() => undefined} />
        </div>
      )}
      <div className={link === 'open' ? 'live' : 'live live-outdated'}>
        <SourcesProvider client={client} link={link}>
          <NumericsPanel values={latest} clockOffset={station.clockOffset} devices={station.devices} nibpCycleMs={station.nibpCycleMs} />
        </SourcesProvider>
        <div className="live-side">
          {/* Grades and the newest flags first: at 1366 × 768 they must be seen without scrolling (#18). */}
          <ClinicalPanel client={client} link={link} clockOffset={station.clockOffset} />
          <TrendPanel client={client} link={link} clockOffset={station.clockOffset} />
        </div>
      </div>
    </>
  );
}
