// Manual readings for the trends: the station's list (observations.manual), plus every manual reading pushed
// live to this window. Refetched when the link changes and after an entry here.
import { useEffect, useMemo, useState } from 'react';
import type { LinkState, StationClient } from '../../api/stationClient';
import { manualFromObservations, manualFromStation, mergeManual, type ManualReading } from './manual';
import { DAY_MS } from '../../../../shared/time';

export function useManualReadings(client: StationClient, link: LinkState, refreshKey: number): readonly ManualReading[] {
  const [fromStation, setFromStation] = useState<readonly ManualReading[]>([]);
  const [pushed, setPushed] = useState<readonly ManualReading[]>([]);

  useEffect(
    () =>
      client.on('observations', (batch) => {
        const manual = manualFromObservations(batch);
        if (manual.length > 0) setPushed((prev) => mergeManual(prev, manual));
      }),
    [client],
  );

  useEffect(() => {
    if (link !== 'open') return;
    let cancelled = false;
    client.call('observations.manual', { from: 0, to: Date.now() + DAY_MS }).then(
      (views) => !cancelled && setFromStation(manualFromStation(views)),
      () => {}, // not available: the live push still marks new readings
    );
    return () => {
      cancelled = true;
    };
  }, [client, link, refreshKey]);

  return useMemo(() => mergeManual(fromStation, pushed), [fromStation, pushed]);
}
