// Re-grades the open episode: on a timer (new monitor data) and soon after anything is documented.
// The station suggests; a physician confirms. Results are stored with the rule-set version.
import { evaluate, gradingConfig, type GradingConfigInput, type GradingResult } from '../../../shared/clinical';
import type { StationDb } from '../db/open';
import type { EpisodeRepository } from '../episode/episodes';
import type { EntryRepository } from '../episode/entries';
import { buildTimeline } from './timeline';
import type { GradingStore } from './store';
import { errorDetail } from '../../../shared/errors';

export interface RunnerOptions {
  /** How often monitor data are re-graded. */
  readonly intervalMs?: number;
  /** Delay after a documentation change, so a burst of entries grades once. */
  readonly debounceMs?: number;
  readonly config?: GradingConfigInput;
}

export interface RunnerDeps {
  readonly db: StationDb;
  readonly episodes: EpisodeRepository;
  readonly entries: EntryRepository;
  readonly store: GradingStore;
  readonly now: () => number;
  readonly changed: (episodeId: number) => void;
  readonly log: (line: string) => void;
  /** True when the error was a storage failure, already reported by the station (not logged again every run). */
  readonly storageFailed?: (error: unknown) => boolean;
}

export class GradingRunner {
  private timer: NodeJS.Timeout | null = null;
  private pending: NodeJS.Timeout | null = null;
  private lastResult: { episodeId: number; result: GradingResult } | null = null;

  constructor(
    private readonly deps: RunnerDeps,
    private readonly options: RunnerOptions = {},
  ) {}

  start(): void {
    this.timer = setInterval(() => this.runNow(), this.options.intervalMs ?? 30_000);
    this.soon();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    if (this.pending) clearTimeout(this.pending);
    this.timer = this.pending = null;
  }

  /** Something was documented: grade again shortly. */
  soon(): void {
    if (this.pending) return;
    this.pending = setTimeout(() => {
      this.pending = null;
      this.runNow();
    }, this.options.debounceMs ?? 500);
  }

  /** Grades the open episode now; returns the result, or null when there is nothing to grade yet. */
  runNow(): GradingResult | null {
    const episode = this.deps.episodes.open();
    if (!episode || episode.infusionTime === null) return null;
    try {
      const now = this.deps.now();
      const config = gradingConfig(this.options.config ?? {});
      const timeline = buildTimeline(this.deps.db, this.deps.entries, { ...episode, infusionTime: episode.infusionTime }, now, config);
      const result = evaluate(timeline, now, config);
      this.lastResult = { episodeId: episode.id, result };
      if (this.deps.store.record(episode.id, result)) this.deps.changed(episode.id);
      return result;
    } catch (error) {
      // Storage down: the grades are computed and shown, only not kept; the station says so once, not every run.
      if (this.deps.storageFailed?.(error)) return this.latest(episode.id);
      this.deps.log(`vigil: grading failed: ${errorDetail(error)}`);
      return null;
    }
  }

  /** The latest full result of this run (evidence included), if it belongs to this episode. */
  latest(episodeId: number): GradingResult | null {
    return this.lastResult?.episodeId === episodeId ? this.lastResult.result : null;
  }
}
