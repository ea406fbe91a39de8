// The reference ranges the labs screen uses where the lab feed sent none (shared/labRanges.ts).
import { z } from 'zod';
import type { SiteLabRanges } from '../../labRanges';

export const labRangeMethods = {
  'labs.siteRanges': { access: 'public', input: z.object({}).strict() },
} as const;

export interface LabRangeResults {
  'labs.siteRanges': SiteLabRanges;
}
