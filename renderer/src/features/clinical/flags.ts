// Flags in the order a nurse works through them: by priority (prompt, review, info), then the newest first;
// within a priority, those nobody has acknowledged yet come before acknowledged ones.
import { FLAG_PRIORITY, type FlagPriority, type FlagView } from '../../../../shared/api/methods/clinical';

export const PRIORITIES: readonly FlagPriority[] = ['prompt', 'review', 'info'];

/** The display priority of a flag code; a code this window does not know yet is shown for review. */
export function flagPriority(code: string): FlagPriority {
  return Object.hasOwn(FLAG_PRIORITY, code) ? FLAG_PRIORITY[code]! : 'review';
}

export function sortFlags(flags: readonly FlagView[]): FlagView[] {
  const rank = (f: FlagView) => PRIORITIES.indexOf(flagPriority(f.code));
  return [...flags].sort((a, b) => rank(a) - rank(b) || Number(a.acknowledged !== null) - Number(b.acknowledged !== null) || b.raisedAt - a.raisedAt || b.id - a.id);
}

/** A flag someone acknowledged, or whose condition went away: folded under "earlier prompts" (#18). */
export function isEarlierFlag(flag: FlagView): boolean {
  return flag.acknowledged !== null || flag.clearedAt !== null;
}

/** How many flags still wait for someone to acknowledge them. */
export function unacknowledgedCount(flags: readonly FlagView[]): number {
  return flags.filter((f) => f.acknowledged === null).length;
}
