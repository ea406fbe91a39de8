// A hand-entered value refused or questioned (shared/clinical/entryCheck.ts): one defined error, its problems named by
// their place in the input, so the window puts each next to its field and may send again confirming the questions.
import { refusals, questions, type EntryProblem } from '../../../shared/clinical/entryCheck';
import { english } from '../../../shared/messages/en';
import { StationError } from './dispatcher';

/** Throws the refusals, else (unless confirmed) the questions; returns the fields whose question was confirmed. */
export function answerEntryProblems(problems: readonly EntryProblem[], confirmed: boolean, path: (p: EntryProblem) => string): ReadonlySet<string> {
  const refused = refusals(problems);
  const asked = questions(problems);
  const shown = refused.length > 0 ? refused : confirmed ? [] : asked;
  if (shown.length > 0) {
    const named = shown.map((p) => ({ ...p, field: path(p) }));
    throw new StationError('invalid_input', named.map((p) => `${p.field}: ${english(p.message)}`).join(' '), { problems: named });
  }
  return new Set(asked.map(path));
}
