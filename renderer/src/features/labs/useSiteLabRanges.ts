// The site's reference ranges (labs.siteRanges) for tests the lab sent without one; fetched on (re)connect.
import { useEffect, useMemo, useState } from 'react';
import type { SiteLabRange, SiteLabRanges } from '../../../../shared/labRanges';
import type { LinkState, StationClient } from '../../api/stationClient';
import { sayOr } from '../../i18n/said';

export interface SiteRangesState {
  readonly byCode: ReadonlyMap<string, SiteLabRange>;
  /** Why the site's file was refused (the defaults are in use), in the window's language, or null. */
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
  const byCode = useMemo(() => new Map((ranges?.ranges ?? []).map((r) => [r.code, r])), [ranges]);
  // Said on each render: a language switch says it again.
  return { byCode, problem: ranges?.problem ? sayOr(ranges.problemMessage, ranges.problem) : null };
}
