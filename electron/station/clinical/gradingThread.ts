// The main thread's side of the grading worker: starts it on first use, sends one grading at a time, and answers
// each with the worker's result. Run from source (vigil station, tests) the worker loads its TypeScript through tsx;
// the Electron build passes its bundled entry (electron.vite.config.ts: gradingWorker).
import { Worker } from 'node:worker_threads';
import type { GradingConfigInput, GradingResult } from '../../../shared/clinical';
import type { GradableEpisode } from './grade';

export interface GradingWorkerData {
  readonly dbFile: string;
  readonly nativeBinding?: string;
}

export interface GradingRequest {
  readonly id: number;
  readonly episode: GradableEpisode;
  readonly now: number;
  readonly config: GradingConfigInput;
  /** Forget the kept run and grade everything (the bench's full re-grade in the worker). */
  readonly fresh?: boolean;
}

export type GradingReply = { readonly id: number; readonly result: GradingResult } | { readonly id: number; readonly error: string };

export interface GradingThreadOptions extends GradingWorkerData {
  /** The worker's entry; by default the TypeScript source beside this file, loaded through tsx (gradingWorker.source.mjs). */
  readonly entry?: URL;
}

/** Named apart from `new URL(…)` so a bundler does not copy the source entry into the build. */
const SOURCE_ENTRY_FILE = './gradingWorker.source.mjs';

export class GradingThread {
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly waiting = new Map<number, { resolve: (result: GradingResult) => void; reject: (error: Error) => void }>();

  constructor(private readonly options: GradingThreadOptions) {}

  grade(episode: GradableEpisode, now: number, config: GradingConfigInput, { fresh = false }: { readonly fresh?: boolean } = {}): Promise<GradingResult> {
    const worker = this.worker ?? this.startWorker();
    const id = this.nextId++;
    // Held while a grading is on its way, so a caller awaiting it is not left behind by an exiting process.
    worker.ref();
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      worker.postMessage({ id, episode, now, config, ...(fresh ? { fresh } : {}) } satisfies GradingRequest);
    });
  }

  async stop(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    this.failAll(new Error('the grading worker was stopped'));
    await worker?.terminate();
  }

  private startWorker(): Worker {
    const workerData: GradingWorkerData = { dbFile: this.options.dbFile, ...(this.options.nativeBinding ? { nativeBinding: this.options.nativeBinding } : {}) };
    const worker = new Worker(this.options.entry ?? new URL(SOURCE_ENTRY_FILE, import.meta.url), { workerData });
    worker.on('message', (reply: GradingReply) => {
      const waiter = this.waiting.get(reply.id);
      this.waiting.delete(reply.id);
      // An idle grading thread must never keep the station (or a finished test) alive by itself.
      if (this.waiting.size === 0) worker.unref();
      if ('result' in reply) waiter?.resolve(reply.result);
      else waiter?.reject(new Error(reply.error));
    });
    worker.on('error', (error) => this.failAll(error));
    worker.on('exit', (code) => {
      if (this.worker !== worker) return;
      this.worker = null;
      this.failAll(new Error(`the grading worker exited (code ${code}); it starts again at the next grading`));
    });
    this.worker = worker;
    return worker;
  }

  private failAll(error: Error): void {
    for (const waiter of this.waiting.values()) waiter.reject(error);
    this.waiting.clear();
  }
}
