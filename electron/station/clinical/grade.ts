// One grading of the open episode from what the station stores: the same work on the main thread and in the grading
// worker, which keeps its last run (EpisodeGrader) to grade again only from the earliest change.
import { evaluate, gradingConfig, type GradingConfigInput, type GradingResult } from '../../../shared/clinical';
import { IncrementalGrader } from '../../../shared/clinical/incremental';
import type { StationDb } from '../db/open';
import type { EpisodeRow } from '../episode/episodes';
import type { EntryRepository } from '../episode/entries';
import { MonitorBlocks } from './monitorVitals';
import { buildTimeline } from './timeline';

export type GradableEpisode = EpisodeRow & { readonly infusionTime: number };

export function gradeEpisode(db: StationDb, entries: EntryRepository, episode: GradableEpisode, now: number, config: GradingConfigInput = {}): GradingResult {
  const resolved = gradingConfig(config);
  return evaluate(buildTimeline(db, entries, episode, now, resolved), now, resolved);
}

/** Grades one episode again and again: the engine's last run and the monitor's hour blocks are kept per episode and config. */
export class EpisodeGrader {
  private kept: { key: string; grader: IncrementalGrader; blocks: MonitorBlocks } | null = null;

  grade(db: StationDb, entries: EntryRepository, episode: GradableEpisode, now: number, config: GradingConfigInput = {}): GradingResult {
    const resolved = gradingConfig(config);
    const key = JSON.stringify([episode.id, episode.infusionTime, resolved]);
    if (this.kept?.key !== key) this.kept = { key, grader: new IncrementalGrader(), blocks: new MonitorBlocks() };
    return this.kept.grader.evaluate(buildTimeline(db, entries, episode, now, resolved, this.kept.blocks), now, resolved);
  }

  /** The next grading grades everything and reads every hour block again. */
  forget(): void {
    this.kept = null;
  }

  /** From when the last grading graded again (-Infinity: everything). */
  get regradedFrom(): number {
    return this.kept?.grader.regradedFrom ?? -Infinity;
  }
}
