// What the bench figures share: a DEMO episode in a real station database, seeded once through `vigil demo` (monitor
// data every 10 s: grading reads per-minute and 10-minute rollups, so its cost is that of a 1 Hz feed), statistics,
// and a browser sample retried once when it timed out (counted, so the JSON says so).
import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runVigil } from '../helpers/cli';

export const BENCH_MRN = 'BENCH';

/** Seeds `days` of DEMO episode into a new database in `dir` (or a new temporary folder); returns its path. */
export async function seedBenchEpisode(days: number, dir = mkdtempSync(join(tmpdir(), 'vigil-bench-episode-'))): Promise<string> {
  const db = join(dir, 'station.db');
  const seeded = await runVigil(['demo', '--db', db, '--mrn', BENCH_MRN, '--days', String(days), '--interval', '10'], { timeoutMs: 1_800_000 });
  if (seeded.code !== 0) throw new Error(`vigil demo failed: ${seeded.stderr}`);
  return db;
}

export function median(values: readonly number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
}

/** The given percentile (0–100) of the values, nearest rank. */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export function round(n: number): number {
  return Math.round(n * 100) / 100;
}

/** Samples that timed out and were taken again, per figure (printed in the JSON). */
export interface Retries {
  count: number;
}

/** Takes a sample; one that timed out is taken once more and counted; a second time-out ends the figure. */
export async function sampleWithRetry<T>(retries: Retries, sample: () => Promise<T>): Promise<T> {
  try {
    return await sample();
  } catch (error) {
    if (!(error instanceof Error && /timeout|timed out/i.test(error.message))) throw error;
    retries.count += 1;
    return sample();
  }
}

/** A standalone bench's database: `--db PATH` (already seeded), else a new one seeded with `days` (first argument, default 30). */
export async function benchDatabase(argv: readonly string[]): Promise<string> {
  const at = argv.indexOf('--db');
  return at >= 0 && argv[at + 1] ? argv[at + 1]! : seedBenchEpisode(Number(argv[0] ?? 30));
}

/**
 * Runs one bench script in a process of its own and returns the JSON it prints last: a figure measured in-process
 * (the station's API, its grading) must not carry the heap and the garbage collections of the bench's 20-million-row fill.
 */
export function inOwnProcess<T>(script: URL, args: readonly string[], timeoutMs = 600_000): Promise<T> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, ['--import', 'tsx', script.pathname, ...args], { timeout: timeoutMs, maxBuffer: 16 << 20 }, (error, stdout, stderr) => {
      if (error) return reject(new Error(`${script.pathname} failed: ${stderr.trim() || error.message}`));
      const last = stdout.trim().split('\n').at(-1) ?? '';
      try {
        resolve(JSON.parse(last) as T);
      } catch {
        reject(new Error(`${script.pathname} printed no JSON: ${last.slice(0, 200)}`));
      }
    });
  });
}
