// One grading of the open episode from what the station stores: the same work on the main thread and in the grading worker.
import { evaluate, gradingConfig, type GradingConfigInput, type GradingResult } from '../../../shared/clinical';
import type { StationDb } from '../db/open';
import type { EpisodeRow } from '../episode/episodes';
import type { EntryRepository } from '../episode/entries';
import { buildTimeline } from './timeline';

export type GradableEpisode = EpisodeRow & { readonly infusionTime: number };

export function gradeEpisode(db: StationDb, entries: EntryRepository, episode: GradableEpisode, now: number, config: GradingConfigInput = {}): GradingResult {
  const resolved = gradingConfig(config);
  return evaluate(buildTimeline(db, entries, episode, now, resolved), now, resolved);
}
