// What the timeline shows beside the episode's entries: vital signs entered by hand (observations.manual) and the
// physicians' grade confirmations (clinical.gradeTimeline); fetched again when the station says either changed.
import { useEffect, useState } from 'react';
import type { ConfirmationView } from '../../../../shared/api/methods/clinical';
import type { ManualReadingView } from '../../../../shared/api/methods/live';
import type { StationClient } from '../../api/stationClient';
import { DAY_MS } from '../../../../shared/time';

export interface TimelineExtras {
  readonly readings: readonly ManualReadingView[];
  readonly confirmations: readonly ConfirmationView[];
}

const NONE: TimelineExtras = { readings: [], confirmations: [] };

export function useTimelineExtras(client: StationClient, from: number, now: () => number): TimelineExtras {
  const [extras, setExtras] = useState<TimelineExtras>(NONE);
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    const again = () => setGeneration((g) => g + 1);
    const offs = [client.on('clinical.changed', again), client.on('episode.changed', again), client.on('observations', (batch) => batch.some((o) => o.source === 'manual') && again())];
    return () => offs.forEach((off) => off());
  }, [client]);
  useEffect(() => {
    let cancelled = false;
    const to = now() + DAY_MS;
    // Either may be unavailable (an older station): the timeline then shows what it has.
    void Promise.allSettled([client.call('observations.manual', { from, to }), client.call('clinical.gradeTimeline', { from, to })]).then(([readings, grades]) => {
      if (cancelled) return;
      setExtras({ readings: readings.status === 'fulfilled' ? readings.value : [], confirmations: grades.status === 'fulfilled' ? grades.value.confirmations : [] });
    });
    return () => {
      cancelled = true;
    };
  }, [client, from, now, generation]);
  return extras;
}
