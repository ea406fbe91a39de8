// labs.siteRanges: the site's reference ranges from `lab-ranges.json` in the data folder, read on each call so an
// edited file applies at the next screen refresh; a bad file keeps the defaults and is said once on the station's log.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { HandlersFor } from '../api/dispatcher';
import type { labRangeMethods } from '../../../shared/api/methods/labRanges';
import { siteLabRanges, withDefaults, type SiteLabRanges } from '../../../shared/labRanges';
import { message } from '../../../shared/messages/message';
import { errorMessage } from '../../../shared/errors';

/** The file's name in the station's data folder (beside the database). */
export const SITE_LAB_RANGES_FILE = 'lab-ranges.json';

export function readSiteLabRanges(file: string): SiteLabRanges {
  let text: string | null;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') text = null;
    else return withDefaults(message('said.labRanges.unreadable', { file: basename(file), detail: errorMessage(error) }));
  }
  return siteLabRanges(text, basename(file));
}

export function createLabRangeHandlers(deps: { readonly file: string; readonly log: (line: string) => void }): HandlersFor<typeof labRangeMethods> {
  let lastProblem: string | null = null;
  return {
    'labs.siteRanges': () => {
      const ranges = readSiteLabRanges(deps.file);
      if (ranges.problem !== null && ranges.problem !== lastProblem) deps.log(`vigil: ${ranges.problem}`);
      lastProblem = ranges.problem;
      return ranges;
    },
  };
}
