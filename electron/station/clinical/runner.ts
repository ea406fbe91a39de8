// Re-grades the open episode: on a timer (new monitor data) and soon after anything is documented.
// The station suggests; a physician confirms. Results are stored with the rule-set version.
import type { GradingConfigInput, GradingResult } from '../../../shared/clinical';
import type { StationDb } from '../db/open';
import type { EpisodeRepository } from '../episode/episodes';
import type { EntryRepository } from '../episode/entries';
import { errorMessage } from '../../../shared/errors';
import { gradeEpisode } from './grade';
import type { GradingThread } from './gradingThread';
import type { GradingStore } from './store';
import { errorDetail } from '../../../shared/errors';

export interface RunnerOptions {
  /** How often monitor data are re-graded. */
  readonly intervalMs?: number;
  /** Delay after a documentation change, so a burst of entries grades once. */
  readonly debounceMs?: number;
  readonly config?: GradingConfigInput;
  /** The grading worker's entry (the Electron build's bundled one); false: timed gradings run in-line; default: the TypeScript source. */
  readonly worker?: URL | false;
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
  /** Where the timer's and `soon()`'s gradings are computed, off the event loop; without one they run in-line. */
  readonly thread?: GradingThread;
}

export class GradingRunner {
  private timer: NodeJS.Timeout | null = null;
  private pending: NodeJS.Timeout | null = null;
  private lastResult: { episodeId: number; result: GradingResult } | null = null;
  private inFlight = false;
  private again = false;
  private stopped = false;
  /** Counts in-line gradings: a worker result sent before the latest one is older than what is stored. */
  private inlineRuns = 0;

  constructor(
    private readonly deps: RunnerDeps,
    private readonly options: RunnerOptions = {},
  ) {}

  start(): void {
    this.stopped = false;
    this.timer = setInterval(() => this.runScheduled(), this.options.intervalMs ?? 30_000);
    this.soon();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    if (this.pending) clearTimeout(this.pending);
    this.timer = this.pending = null;
    this.stopped = true;
    void this.deps.thread?.stop();
  }

  /** Something was documented: grade again shortly. */
  soon(): void {
    if (this.pending) return;
    this.pending = setTimeout(() => {
      this.pending = null;
      this.runScheduled();
    }, this.options.debounceMs ?? 500);
  }

  /** A timed or debounced grading: in the worker when there is one (one at a time; a request meanwhile runs after it). */
  private runScheduled(): void {
    const thread = this.deps.thread;
    if (!thread) {
      this.runNow();
      return;
    }
    if (this.inFlight) {
      this.again = true;
      return;
    }
    const episode = this.deps.episodes.open();
    if (!episode || episode.infusionTime === null) return;
    this.inFlight = true;
    const sentAfter = this.inlineRuns;
    thread
      .grade({ ...episode, infusionTime: episode.infusionTime }, this.deps.now(), this.options.config ?? {})
      .then(
        (result) => {
          // A grading done in-line meanwhile (runNow) saw newer data, or the patient left: this one is not stored.
          if (!this.stopped && this.inlineRuns === sentAfter && this.deps.episodes.open()?.id === episode.id) this.keep(episode.id, result);
        },
        (error: unknown) => {
          if (!this.stopped) this.deps.log(`vigil: grading failed: ${errorMessage(error)}`);
        },
      )
      .finally(() => {
        this.inFlight = false;
        if (this.again) {
          this.again = false;
          this.runScheduled();
        }
      });
  }

  /** Grades the open episode now; returns the result, or null when there is nothing to grade yet. */
  runNow(): GradingResult | null {
    const episode = this.deps.episodes.open();
    if (!episode || episode.infusionTime === null) return null;
    this.inlineRuns += 1;
    try {
      const result = gradeEpisode(this.deps.db, this.deps.entries, { ...episode, infusionTime: episode.infusionTime }, this.deps.now(), this.options.config ?? {});
      return this.keep(episode.id, result);
    } catch (error) {
      return this.failed(episode.id, error);
    }
  }

  /** Remembers and stores a result (results and flags in one transaction); returns it, or the latest one kept when storage is down. */
  private keep(episodeId: number, result: GradingResult): GradingResult | null {
    this.lastResult = { episodeId, result };
    try {
      if (this.deps.store.record(episodeId, result)) this.deps.changed(episodeId);
      return result;
    } catch (error) {
      return this.failed(episodeId, error);
    }
  }

  private failed(episodeId: number, error: unknown): GradingResult | null {
    // Storage down: the grades are computed and shown, only not kept; the station says so once, not every run.
    if (this.deps.storageFailed?.(error)) return this.latest(episodeId);
    this.deps.log(`vigil: grading failed: ${errorDetail(error)}`);
    return null;
  }

  /** The latest full result of this run (evidence included), if it belongs to this episode. */
  latest(episodeId: number): GradingResult | null {
    return this.lastResult?.episodeId === episodeId ? this.lastResult.result : null;
  }
}
