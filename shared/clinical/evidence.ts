// Evidence: which readings and events, which rule and which threshold produced a grade or a flag.
import { english } from '../messages/en';
import { message, type Message } from '../messages/message';
import type { ClinicalEvent, EventSource } from './events';
import { RULES, type RuleId } from './rules';
import { atMessage, eventMessage, saidAt } from './said';
import type { ThresholdRef } from './thresholds';

export { formatNumber } from './said';

/** One reading or event a rule used. */
export interface EvidenceItem {
  readonly time: number;
  /** Relative to the infusion, e.g. "Day +6, +166.0 h". */
  readonly at: string;
  readonly kind: ClinicalEvent['kind'];
  readonly source: EventSource;
  readonly summary: string;
  readonly id?: string;
  /** `at` and `summary` as messages the window says in its own language (absent in evidence stored before them). */
  readonly atMessage?: Message;
  readonly summaryMessage?: Message;
}

export interface Evidence {
  readonly rule: RuleId;
  readonly ruleVersion: string;
  /** The level this rule gave its domain (a grade 0–4), where it gives one. */
  readonly level?: number;
  /** One sentence a nurse can read, ending with the rule and its version (English). */
  readonly text: string;
  /** The same sentence as a message the window says in its own language (absent in evidence stored before it). */
  readonly message?: Message;
  readonly thresholds: readonly ThresholdRef[];
  readonly items: readonly EvidenceItem[];
}

export function evidence(rule: RuleId, text: Message, items: readonly EvidenceItem[], thresholds: readonly ThresholdRef[] = [], level?: number): Evidence {
  const said = message('said.evidence.withRule', { text, rule, version: RULES[rule].version });
  return { rule, ruleVersion: RULES[rule].version, ...(level !== undefined ? { level } : {}), text: english(said), message: said, thresholds, items };
}

/** "Day +6, +166.0 h": the Day as on the screens (shared/episode/day.ts), then the exact hours since the infusion start. */
export function formatAt(time: number, infusionAt: number): string {
  return english(atMessage(time, infusionAt));
}

/** A short description of one event, e.g. "temperature 38.6 °C (monitor, axillary)". */
export function describeEvent(e: ClinicalEvent): string {
  return english(eventMessage(e));
}

export function item(e: ClinicalEvent, infusionAt: number): EvidenceItem {
  const at = atMessage(e.time, infusionAt);
  const summary = eventMessage(e);
  return { time: e.time, at: english(at), kind: e.kind, source: e.source, summary: english(summary), ...(e.id ? { id: e.id } : {}), atMessage: at, summaryMessage: summary };
}

/** "summary at Day +6, +166.0 h" for the evidence sentences. */
export function said(e: ClinicalEvent, infusionAt: number): string {
  return english(saidAt(e, infusionAt));
}
