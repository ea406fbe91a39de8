// CRS episodes (§1.2 [Design], §6.1): onset is the first qualifying fever after the infusion; the episode ends once
// 24 h pass with no fever, no hypotensive reading, no vasopressor and no oxygen above baseline; a later fever starts
// a new episode (biphasic CRS). Signs a physician attributed to another cause do not keep an episode going.
import type { MedicationEvent } from './events';
import { masksFever } from './crsRules';
import type { Ordered, Reading } from './timeline';
import type { CrsSignals } from './crs';

export interface Episode {
  /** The fever that started it. */
  readonly onset: Reading;
  /** The last moment a sign was present (up to the evaluation time). */
  readonly lastActivity: number;
  /** lastActivity + the quiet time, once that has passed by the evaluation time; null while the episode goes on. */
  readonly resolvedAt: number | null;
  /** The first antipyretic/anticytokine treatment after onset in this episode (§1.1 rule 2), if any. */
  readonly maskedBy?: Ordered<MedicationEvent>;
}

// §1.2 [Design], §6.1: episodes from the qualifying fevers and the signs that keep an episode going.
export function computeEpisodes(signals: CrsSignals): Episode[] {
  const { ix } = signals;
  const quiet = ix.config.episodeQuietMs;
  const drafts: { onset: Reading; lastActivity: number; resolvedAt: number | null }[] = [];
  let current: (typeof drafts)[number] | undefined;
  ix.times.forEach((t, i) => {
    if (current && t >= current.lastActivity + quiet) {
      current.resolvedAt = current.lastActivity + quiet;
      current = undefined;
    }
    if (!current) {
      const onset = signals.fevers.find((r) => r.time === t);
      if (!onset) return;
      current = { onset, lastActivity: t, resolvedAt: null };
      drafts.push(current);
    }
    if (signals.pointActivityAt(t)) current.lastActivity = Math.max(current.lastActivity, t);
    // A lasting sign holds until the state can next change (the next event time), or up to the evaluation time.
    if (signals.stateActiveAt(t)) current.lastActivity = ix.times[i + 1] ?? t;
  });
  if (current && ix.at >= current.lastActivity + quiet) current.resolvedAt = current.lastActivity + quiet;

  return drafts.map((d) => {
    const maskedBy = ix.medications.find(
      (m) => masksFever(m.event) && m.order > d.onset.order && (d.resolvedAt === null || m.event.time < d.resolvedAt),
    );
    return { ...d, ...(maskedBy ? { maskedBy } : {}) };
  });
}

/** The episode going on at t, if any. */
export function episodeAt(episodes: readonly Episode[], t: number): Episode | undefined {
  return episodes.find((e) => e.onset.time <= t && (e.resolvedAt === null || t < e.resolvedAt));
}

/** The most recent episode that has started by t. */
export function latestEpisode(episodes: readonly Episode[], t: number): Episode | undefined {
  return episodes.filter((e) => e.onset.time <= t).at(-1);
}
