// Labs on the handover: per test the latest result before the end of the window and the one before it. The window
// marks them (arrow, out of range) with the labs screen's own functions, so the paper and the screen agree.
import type { LabResult } from '../api/methods/labs';
import type { SiteLabRange } from '../labRanges';
import type { LabRow } from './types';

/** Results observed before `to`, one row per test, in the order the tests first appear, each with the site's range for it. */
export function labRows(results: readonly LabResult[], to: number, siteRanges: readonly SiteLabRange[] = []): LabRow[] {
  const site = new Map(siteRanges.map((r) => [r.code, r]));
  const byCode = new Map<string, LabResult[]>();
  for (const r of results) {
    if (r.observedAt >= to) continue;
    const list = byCode.get(r.code) ?? [];
    list.push(r);
    byCode.set(r.code, list);
  }
  return [...byCode.entries()].map(([code, list]) => {
    const sorted = [...list].sort((a, b) => a.observedAt - b.observedAt || a.id - b.id);
    return { code, latest: sorted.at(-1)!, previous: sorted.at(-2) ?? null, site: site.get(code) ?? null };
  });
}
