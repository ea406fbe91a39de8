// Ingest cost: the station's insert (with rollups) vs a plain batched insert of the same rows, both at the station's
// durability (synchronous=FULL: one WAL fsync per one-minute batch), and what FULL costs over NORMAL.
// Alone: npx tsx test/bench/ingest.ts [days]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { openDatabase } from '../../electron/station/db/open';
import { ObservationRepository } from '../../electron/station/repositories/observations';
import type { Observation } from '../../shared/observation';
import { PARAMS, type VitalParam } from '../../shared/params';
import { createScenario } from '../../drivers/scenarios';
import { DAY_MS } from '../../shared/time';

export const BENCH_PARAMS: VitalParam[] = ['hr', 'pr', 'spo2', 'rr', 'temp', 'nibp_sys', 'nibp_dia', 'nibp_mean'];
export const BENCH_START = Date.UTC(2026, 10, 1);
const BATCH_SECONDS = 60;

/** One minute of 1 Hz samples for every bench param, values from the CRS scenario. */
export function* minutes(totalDays: number): Generator<Observation[]> {
  const scenario = createScenario('crs-fever-hypotension', { durationMs: totalDays * DAY_MS });
  for (let m = 0; m < totalDays * 1440; m++) {
    const batch: Observation[] = [];
    for (let s = 0; s < BATCH_SECONDS; s++) {
      const elapsed = (m * 60 + s) * 1000;
      const sample = scenario.sample(elapsed).values;
      for (const param of BENCH_PARAMS) {
        const value = sample[param];
        batch.push({ param, value: value === null ? null : Math.round(value * 10) / 10, unit: PARAMS[param].unit, time: BENCH_START + elapsed, status: value === null ? 'invalid' : 'valid', source: 'serial', device: 'bench' });
      }
    }
    yield batch;
  }
}

export function time<T>(work: () => T): { ms: number; result: T } {
  const t0 = performance.now();
  const result = work();
  return { ms: performance.now() - t0, result };
}

export interface IngestFigures {
  readonly rows: number;
  readonly batches: number;
  /** The station's insert at synchronous=FULL. */
  readonly rollupMs: number;
  /** A plain batched insert of the same rows at synchronous=FULL. */
  readonly plainMs: number;
  /** The station's insert with synchronous=NORMAL, for the cost of FULL. */
  readonly rollupNormalMs: number;
  /** plain ÷ with rollups (README target ≥ 0.5). */
  readonly ratio: number;
  /** Rows per second the station stores at synchronous=FULL. */
  readonly rowsPerSecond: number;
  /** Time at FULL ÷ time at NORMAL. */
  readonly fullOverNormal: number;
}

function stationIngest(file: string, days: number, synchronous: 'FULL' | 'NORMAL'): { ms: number; rows: number; batches: number } {
  const db = openDatabase(file);
  db.pragma(`synchronous = ${synchronous}`);
  const repo = new ObservationRepository(db);
  let rows = 0;
  let batches = 0;
  const { ms } = time(() => {
    for (const batch of minutes(days)) {
      repo.insert(batch);
      rows += batch.length;
      batches += 1;
    }
  });
  db.close();
  return { ms, rows, batches };
}

function plainIngest(file: string, days: number): number {
  const plain = openDatabase(file);
  plain.prepare("INSERT INTO series (param, unit, source, device) VALUES ('x', 'x', 'x', 'x')").run();
  const insert = plain.prepare('INSERT OR IGNORE INTO observations (series_id, t_ms, value, status) VALUES (?, ?, ?, ?)');
  const seriesOf = new Map(BENCH_PARAMS.map((p, i) => [p, i + 1]));
  for (let i = 2; i <= BENCH_PARAMS.length; i++) plain.prepare("INSERT INTO series (param, unit, source, device) VALUES (?, 'x', 'x', 'x')").run(`p${i}`);
  const { ms } = time(() => {
    for (const batch of minutes(days)) plain.transaction(() => batch.forEach((o) => insert.run(seriesOf.get(o.param), o.time, o.value, o.status === 'valid' ? 0 : 1)))();
  });
  plain.close();
  return ms;
}

/** Fresh files in `dir` (or a temporary folder), `days` of data each (the full bench uses one day). */
export function measureIngest(days = 1, dir?: string): IngestFigures {
  const work = dir ?? mkdtempSync(join(tmpdir(), 'vigil-bench-ingest-'));
  try {
    const full = stationIngest(join(work, 'ingest-rollups.db'), days, 'FULL');
    const plainMs = plainIngest(join(work, 'ingest-plain.db'), days);
    const normal = stationIngest(join(work, 'ingest-normal.db'), days, 'NORMAL');
    return {
      rows: full.rows,
      batches: full.batches,
      rollupMs: full.ms,
      plainMs,
      rollupNormalMs: normal.ms,
      ratio: plainMs / full.ms,
      rowsPerSecond: (full.rows / full.ms) * 1000,
      fullOverNormal: full.ms / normal.ms,
    };
  } finally {
    if (!dir) rmSync(work, { recursive: true, force: true });
  }
}

export function describeIngest(f: IngestFigures): string {
  return `ingest: ${f.rows} rows in ${f.batches} batches, with rollups ${f.rollupMs.toFixed(0)} ms (${Math.round(f.rowsPerSecond)} rows/s, synchronous=FULL; NORMAL ${f.rollupNormalMs.toFixed(0)} ms, ×${f.fullOverNormal.toFixed(2)}), plain ${f.plainMs.toFixed(0)} ms, ratio ${f.ratio.toFixed(2)}`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const figures = measureIngest(Number(process.argv[2] ?? 1));
  process.stderr.write(`${describeIngest(figures)}\n`);
  process.stdout.write(`${JSON.stringify(figures)}\n`);
}
