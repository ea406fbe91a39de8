import type { ChecklistItemKind } from '../../../../shared/episode/records';

/** The items the checklist requires, in the order they are done (the timing override is separate). */
export const CHECKLIST_KINDS = ['lymphodepletion', 'infection_screening', 'cns_evaluation', 'seizure_prophylaxis', 'baseline'] as const satisfies readonly ChecklistItemKind[];
