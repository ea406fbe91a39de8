// Printing from the Handover tab: the station (or the Electron shell) makes the PDF of the print route and records
// the print with its checksum; in a plain browser the page is then printed with the browser's own dialog.
import type { ApiResult } from '../../../../shared/api/contract';
import type { IllnessSeverity, ReportFormat } from '../../../../shared/report/types';
import type { StationClient } from '../../api/stationClient';

export interface Draft {
  readonly severity: IllnessSeverity | null;
  readonly situation: string;
}

export interface SavedNote {
  readonly severity: IllnessSeverity;
  readonly situation: string;
}

/** Whether the draft differs from what is saved for the window (nothing is saved before a severity is chosen). */
export function draftChanged(draft: Draft, saved: SavedNote | null): boolean {
  if (draft.severity === null) return false;
  return saved === null || draft.severity !== saved.severity || draft.situation.trim() !== saved.situation.trim();
}

/** Saves the draft when it changed, then prints; the browser prints the page itself when the shell did not. */
export async function printHandover(
  client: StationClient,
  window: { readonly from: number; readonly to: number },
  format: ReportFormat,
  draft: Draft,
  saved: SavedNote | null,
  browserPrint: (() => void) | null,
): Promise<ApiResult<'report.print'>> {
  if (draft.severity !== null && draftChanged(draft, saved)) await client.call('report.notes', { ...window, severity: draft.severity, situation: draft.situation });
  const result = await client.call('report.print', { ...window, format });
  if (!result.paper && browserPrint !== null) browserPrint();
  return result;
}
