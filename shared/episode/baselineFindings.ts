// A pre-infusion baseline outside the grading thresholds (fever, hypotension, low SpO2): the thresholds are the
// engine's own (shared/clinical/thresholds.ts, clinical-rules.md), so the checklist and the grades never disagree.
import { THRESHOLDS } from '../clinical/thresholds';
import { message, type Message } from '../messages/message';
import type { BASELINE_FINDINGS, ChecklistData } from './records';

export type BaselineFinding = (typeof BASELINE_FINDINGS)[number];

export interface BaselineFindingView {
  readonly finding: BaselineFinding;
  /** "temperature 39.7 °C: fever (≥ 38 °C)" as a message. */
  readonly message: Message;
}

// feverC (§1.1 rule 1), hypotensionSbpBelowMmHg (§1.1 rule 9), spo2PromptBelowPct (§6.4): THRESHOLDS' own sources.
export function baselineFindings(baseline: Pick<ChecklistData<'baseline'>, 'tempC' | 'sbp' | 'spo2'>): BaselineFindingView[] {
  const found: BaselineFindingView[] = [];
  const K = 'said.checklist.';
  const { feverC, hypotensionSbpBelowMmHg, spo2PromptBelowPct } = THRESHOLDS;
  if (baseline.tempC !== null && baseline.tempC >= feverC.value)
    found.push({ finding: 'fever', message: message(`${K}baselineFever`, { value: baseline.tempC.toFixed(1), limit: feverC.value.toFixed(1) }) });
  if (baseline.sbp !== null && baseline.sbp < hypotensionSbpBelowMmHg.value)
    found.push({ finding: 'hypotension', message: message(`${K}baselineHypotension`, { value: baseline.sbp, limit: hypotensionSbpBelowMmHg.value }) });
  if (baseline.spo2 !== null && baseline.spo2 < spo2PromptBelowPct.value)
    found.push({ finding: 'low_spo2', message: message(`${K}baselineLowSpo2`, { value: baseline.spo2, limit: spo2PromptBelowPct.value }) });
  return found;
}
