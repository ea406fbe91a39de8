// A long run (default 10 minutes): `vigil simulate` → pty → `vigil station`; every record sent must be
// stored, with no gap. Prints one JSON object; exit 1 if anything was lost. Usage: npm run soak -- [--minutes N]
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createPtyPair } from '../helpers/pty';
import { startVigil } from '../helpers/cli';
import { openDatabase } from '../../electron/station/db/open';
import { ObservationRepository } from '../../electron/station/repositories/observations';

const { values } = parseArgs({ options: { minutes: { type: 'string', default: '10' }, interval: { type: 'string', default: '1' } } });
const minutes = Number(values.minutes);
const intervalSeconds = Number(values.interval);

const pty = await createPtyPair();
const db = join(mkdtempSync(join(tmpdir(), 'vigil-soak-')), 'station.db');
const station = startVigil(['station', '--db', db, '--serial', pty.stationPath, '--protocol', 'ge-s5']);
await station.waitFor(/waiting/);
const simulator = startVigil(['simulate', '--protocol', 'ge-s5', '--port', pty.monitorPath, '--scenario', 'crs-fever-hypotension', '--interval', String(intervalSeconds)]);
await station.waitFor(/receiving/);
const startedAt = Date.now();
await new Promise((r) => setTimeout(r, minutes * 60_000));
await simulator.stop();
await new Promise((r) => setTimeout(r, 1000));
await station.stop();
await pty.close();

const recordsSent = Number(simulator.stdout().match(/sent (\d+) records/)?.[1] ?? NaN);
const database = openDatabase(db);
const hr = [...new ObservationRepository(database).export({ params: ['hr'] })].map((o) => o.time);
database.close();
const deltas = hr.slice(1).map((t, i) => t - hr[i]!);
const maxGapMs = deltas.length > 0 ? Math.max(...deltas) : null;
const gapsOver2Intervals = deltas.filter((d) => d > 2 * intervalSeconds * 1000).length;
const droppedFrames = (station.stderr().match(/dropped a frame/g) ?? []).length;
const result = {
  minutes,
  intervalSeconds,
  elapsedSeconds: Math.round((Date.now() - startedAt) / 1000),
  recordsSent,
  recordsStored: hr.length,
  maxGapMs,
  gapsOver2Intervals,
  droppedFrames,
  ok: recordsSent === hr.length && gapsOver2Intervals === 0 && droppedFrames === 0,
};
process.stdout.write(`${JSON.stringify(result)}\n`);
process.exit(result.ok ? 0 : 1);
