// Reads a grading result stored as JSON in grading_results.result_json, whichever version of the shape wrote it.
import type { GradingResult } from '../../../shared/clinical';

export type StoredResult = Pick<GradingResult, 'crs' | 'icans' | 'secondary'>;

/** Rows written before the CRS courses were named so carry them as `crs.episodes`: read them as `crs.courses`. */
export function parseStoredResult(json: string): StoredResult {
  const stored = JSON.parse(json) as StoredResult & { crs: { episodes?: GradingResult['crs']['courses'] } };
  const { episodes, ...crs } = stored.crs;
  if (episodes === undefined || crs.courses !== undefined) return stored;
  return { ...stored, crs: { ...crs, courses: episodes } };
}
