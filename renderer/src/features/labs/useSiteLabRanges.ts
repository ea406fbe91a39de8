// The site's reference ranges (labs.siteRanges) for tests the lab sent without one; fetched on (re)connect.
import { useEffect, useMemo, useState } from 'react';
import type { SiteLabRange, SiteLabRanges } from '../../../../shared/labRanges';
import type { LinkState, StationClient } from '../../api/stationClient';

export interface SiteRangesState {
  readonly byCode: ReadonlyMap<string, SiteLabRange>;
  /** Why the site's file was refused (the defaults are in use), or null. */
  readonly problem: string | null;
}

export function useSiteLabRanges(client: StationClient, link: LinkState): SiteRangesState {
  const [ranges, setRanges] = useState<SiteLabRanges | null>(null);
  useEffect(() => {
    if (link !== 'open') return;
    let cancelled = false;
    client.call('labs.siteRanges', {}).then(
      (answer) => !cancelled && setRanges(answer),
      () => {}, // none: the flowsheet shows the lab's ranges only
    );
    return () => {
      cancelled = true;
    };
  }, [client, link]);
  return useMemo(() => ({ byCode: new Map((ranges?.ranges ?? []).map((r) => [r.code, r])), problem: ranges?.problem ?? null }), [ranges]);
}
