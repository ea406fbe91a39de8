// Memory over a simulated day: 24 h of 1 Hz GE S/5 records (86,400) written to a socat pty as fast as the station
// takes them, through the station's real serial session, decoder and store, in this process; the station's clock
// advances one second per record written (and a millisecond per reading of it, so no two records share a time). RSS is sampled every simulated hour; the figure is the start and end.
// Alone: npx tsx test/bench/memory.ts [hours]
import { mkdtempSync, rmSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { encodeDisplayRecord, encodeFrame } from '../../drivers/ge-s5/codec';
import { createScenario } from '../../drivers/scenarios';
import { Station } from '../../electron/station/station';
import { HOUR_MS, SECOND_MS } from '../../shared/time';
import { createPtyPair } from '../helpers/pty';

export interface MemoryFigures {
  readonly hours: number;
  readonly records: number;
  /** HR rows stored: one per record when nothing was lost. */
  readonly storedHr: number;
  readonly rssStartMb: number;
  readonly rssEndMb: number;
  /** RSS at every simulated hour. */
  readonly rssHourlyMb: readonly number[];
  readonly seconds: number;
}

const FRAMES_PER_WRITE = 10;

export async function measureMemory(hours = 24): Promise<MemoryFigures> {
  const dir = mkdtempSync(join(tmpdir(), 'vigil-bench-memory-'));
  const pty = await createPtyPair(dir);
  const records = (hours * HOUR_MS) / SECOND_MS;
  const simStart = Date.now() - hours * HOUR_MS;
  let written = 0;
  let lastNow = simStart;
  // One second per record written, and never the same millisecond twice: records read in one chunk stay distinct.
  const now = () => (lastNow = Math.max(lastNow + 1, simStart + written * SECOND_MS));
  const station = new Station({ dbFile: join(dir, 'station.db'), devices: [{ protocol: 'ge-s5', port: pty.stationPath }], now, log: () => {}, backup: false, grading: { worker: false } });
  const monitor = await open(pty.monitorPath, 'w');
  const scenario = createScenario('stable', { durationMs: hours * HOUR_MS });
  const t0 = performance.now();
  try {
    station.start();
    // Records written before the station has opened its end of the cable would be lost to the pty, not to the station.
    while (station.deviceInfos()[0]?.connection.state !== 'waiting' && station.deviceInfos()[0]?.connection.state !== 'receiving') await new Promise((resolve) => setTimeout(resolve, 20));
    const rss = () => Math.round(process.memoryUsage().rss / 1024 / 1024);
    const rssHourlyMb = [rss()];
    while (written < records) {
      const frames: Uint8Array[] = [];
      for (let i = 0; i < FRAMES_PER_WRITE && written + i < records; i++) {
        const time = simStart + (written + i) * SECOND_MS;
        frames.push(encodeFrame(encodeDisplayRecord({ nbr: written + i, time: Math.floor(time / 1000), values: scenario.sample(time - simStart).values })));
      }
      await monitor.write(Buffer.concat(frames));
      written += frames.length;
      if (written % (HOUR_MS / SECOND_MS) < FRAMES_PER_WRITE) rssHourlyMb.push(rss());
    }
    const storedHr = await settledCount(station);
    return { hours, records, storedHr, rssStartMb: rssHourlyMb[0]!, rssEndMb: rss(), rssHourlyMb, seconds: Math.round((performance.now() - t0) / 1000) };
  } finally {
    await monitor.close();
    await station.stop();
    await pty.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The stored HR count once it has stopped growing for two seconds (the station has taken every record). */
async function settledCount(station: Station): Promise<number> {
  const count = () => station.db.prepare("SELECT count(*) FROM observations o JOIN series s ON s.id = o.series_id WHERE s.param = 'hr'").pluck().get() as number;
  let last = -1;
  for (;;) {
    const current = count();
    if (current === last) return current;
    last = current;
    await new Promise((resolve) => setTimeout(resolve, 2_000));
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const figures = await measureMemory(Number(process.argv[2] ?? 24));
  process.stdout.write(`${JSON.stringify(figures)}\n`);
}
