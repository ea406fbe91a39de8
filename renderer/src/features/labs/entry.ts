// Manual lab entry by panel: a value and a unit (from the test's accepted units) per test, one time for the panel.
// The station converts to the canonical unit and questions a value outside its plausible range or far from the previous one.
import type { ApiInput } from '../../../../shared/api/contract';
import { LAB_GROUPS, LAB_TESTS, toCanonicalLab, type LabGroup, type LabTestDefinition } from '../../../../shared/labs';
import { checkLabEntry, refusals, type EntryProblem } from '../../../../shared/clinical/entryCheck';
import { say } from '../../i18n/said';
import { fromDateTimeLocal } from '../../ui/form/datetime';
import { Errors, parseDecimal, type Converted } from '../../ui/form/result';
import { i18n } from '../../i18n';
import { MINUTE_MS } from '../../../../shared/time';

export const PANELS: readonly LabGroup[] = LAB_GROUPS;
export type LabEntryInput = ApiInput<'labs.record'>['results'][number];

export function panelTests(panel: LabGroup): LabTestDefinition[] {
  return LAB_TESTS.filter((t) => t.group === panel);
}

/** The units a test may be entered in: its canonical unit first. */
export function unitOptions(test: LabTestDefinition): string[] {
  return [test.unit, ...Object.keys(test.factors).filter((u) => u !== test.unit)];
}

export interface LabPanelValues {
  readonly observedAt: string;
  readonly values: Readonly<Record<string, string>>;
  readonly units: Readonly<Record<string, string>>;
}

export function emptyPanel(panel: LabGroup, observedAt: string): LabPanelValues {
  const tests = panelTests(panel);
  return { observedAt, values: Object.fromEntries(tests.map((t) => [t.code, ''])), units: Object.fromEntries(tests.map((t) => [t.code, t.unit])) };
}

/** What a typed value is in the test's canonical unit (shown beside the field), or null when it is not a number yet. */
export function previewCanonical(test: LabTestDefinition, text: string, unit: string): number | null {
  const value = parseDecimal(text);
  return value === null ? null : toCanonicalLab(test, value, unit);
}

/** The results to send (only the tests with a value), errors keyed by test code or 'observedAt'. */
export function convertLabPanel(values: LabPanelValues, tests: readonly LabTestDefinition[], now: number): Converted<LabEntryInput[]> {
  const e = new Errors();
  const observedAt = fromDateTimeLocal(values.observedAt);
  if (values.observedAt.trim() === '') e.add('observedAt', { code: 'required' });
  else if (observedAt === null) e.add('observedAt', { code: 'dateTime' });
  else if (observedAt > now + MINUTE_MS) e.add('observedAt', { text: i18n.t('labs.future') });
  const results: LabEntryInput[] = [];
  for (const test of tests) {
    const value = e.number(test.code, values.values[test.code] ?? '', { optional: true });
    if (value === null) continue;
    const unit = values.units[test.code] ?? test.unit;
    // The station's own refusals (shared/clinical/entryCheck.ts); its questions come back from the station.
    const refused = refusals(checkLabEntry(test.code, value, unit))[0];
    if (refused !== undefined) {
      e.add(test.code, { text: say(refused.message) });
      continue;
    }
    results.push({ code: test.code, value, unit, observedAt: observedAt ?? 0 });
  }
  if (results.length === 0 && !e.any) e.add('', { text: i18n.t('labs.nothingTyped') });
  return e.finish(() => results);
}

/**
 * The station's questions about implausible values (problems of kind plausibility at "results.N.value"), said in the
 * window's language, by test code; null when the answer holds anything else (a refusal is an error, not a question).
 */
export function implausibleQuestions(problems: readonly EntryProblem[], sent: readonly LabEntryInput[]): Record<string, string> | null {
  const out: Record<string, string> = {};
  for (const p of problems) {
    const entry = sent[Number(/^results\.(\d+)\.value$/.exec(p.field)?.[1] ?? -1)];
    if (p.kind !== 'plausibility' || entry === undefined) return null;
    out[entry.code] = say(p.message);
  }
  return problems.length > 0 ? out : null;
}
