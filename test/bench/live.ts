// The live path, end to end, on a long DEMO episode: GE S/5 records written to a socat pty → `vigil station` (the
// real serial session, store and browser-mode server) → the HR value in Chromium's DOM.
// - startup_ms: `vigil station` started on the database with the monitor already sending → listening, and the
//   first live value answered by observations.latest over the window bridge (each run a new process).
// - live_latency_*: each record carries its own HR value; a MutationObserver in the page stamps every change of the
//   HR tile; a record's latency is from its write to its value shown. Records go out 4 a second for over a minute,
//   so the station's 30 s grading of the admitted episode runs during the measurement; every record is counted.
//   The first 3 s after the page showed its first value (the window still drawing what it opened with) are reported
//   apart (live_opening_*): the p50/p99 are the ward's steady state, which a nurse watches for hours.
// Alone: npx tsx test/bench/live.ts [days | --db PATH]
import { openSync, writeSync, closeSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import WebSocket from 'ws';
import { encodeDisplayRecord, encodeFrame } from '../../drivers/ge-s5/codec';
import { BRIDGE_PATH } from '../../shared/api/wire';
import { openDatabase } from '../../electron/station/db/open';
import type { LatestValue } from '../../shared/api/methods/live';
import { createPtyPair } from '../helpers/pty';
import { startVigil, type RunningVigil } from '../helpers/cli';
import { launchChromium } from '../helpers/browser';
import { median, percentile, round, sampleWithRetry, benchDatabase, type Retries } from './support';

export interface LiveFigures {
  readonly startupRunsMs: readonly number[];
  readonly listeningRunsMs: readonly number[];
  readonly records: number;
  readonly seen: number;
  /** HR values stored from every record sent, the opening ones too (a record stored but never shown was replaced on screen before it was drawn). */
  readonly stored: number;
  /** Every record sent: the opening ones and the measured ones. */
  readonly sent: number;
  readonly latencyP50Ms: number;
  readonly latencyP99Ms: number;
  readonly latencyMaxMs: number;
  /** Records sent in the 3 s after the page opened, before the measured ones: how many were seen, and their worst latency. */
  readonly openingRecords: number;
  readonly openingSeen: number;
  readonly openingMaxMs: number;
  readonly retries: number;
}

const RECORD_EVERY_MS = 250;
const RECORDS = 300;
/** Records sent while the page finishes opening (3 s), before the measured ones. */
const OPENING_RECORDS = 12;
const STARTUP_RUNS = 3;

/** HR values the records cycle through: consecutive records always differ, and a value recurs only after 150 records. */
const hrOf = (k: number) => 40 + (k % 150);

/** Writes GE display records to the monitor's end of the cable. */
class Monitor {
  private readonly fd: number;
  private nbr = 0;
  constructor(path: string) {
    this.fd = openSync(path, 'w');
  }
  send(hr: number): number {
    const record = encodeDisplayRecord({ nbr: this.nbr++, time: Math.floor(Date.now() / 1000), values: { hr, spo2: 97, rr: 16, temp: 37.1 } });
    writeSync(this.fd, encodeFrame(record));
    return performance.timeOrigin + performance.now();
  }
  close(): void {
    closeSync(this.fd);
  }
}

export async function measureLive(dbFile: string): Promise<LiveFigures> {
  const pty = await createPtyPair();
  const monitor = new Monitor(pty.monitorPath);
  const retries: Retries = { count: 0 };
  try {
    const startupRunsMs: number[] = [];
    const listeningRunsMs: number[] = [];
    for (let run = 0; run < STARTUP_RUNS; run++) {
      const { listeningMs, firstValueMs } = await sampleWithRetry(retries, () => startup(dbFile, pty.stationPath, monitor));
      listeningRunsMs.push(listeningMs);
      startupRunsMs.push(firstValueMs);
    }
    const latency = await sampleWithRetry(retries, () => liveLatency(dbFile, pty.stationPath, monitor));
    return { startupRunsMs, listeningRunsMs, ...latency, retries: retries.count };
  } finally {
    monitor.close();
    await pty.close();
  }
}

function startStation(dbFile: string, serial: string): RunningVigil {
  return startVigil(['station', '--db', dbFile, '--serial', serial, '--protocol', 'ge-s5', '--web', '0']);
}

/** Start-up with the monitor sending every 250 ms from before the process starts. */
async function startup(dbFile: string, serial: string, monitor: Monitor): Promise<{ listeningMs: number; firstValueMs: number }> {
  const sending = setInterval(() => monitor.send(80), RECORD_EVERY_MS);
  const t0 = performance.now();
  const station = startStation(dbFile, serial);
  try {
    const [, url] = await station.waitFor(/browser mode at (http:\/\/\S+)/, 60_000);
    const listeningMs = Math.round(performance.now() - t0);
    const startedAt = Date.now() - (performance.now() - t0);
    await firstLiveValue(url!, startedAt);
    return { listeningMs, firstValueMs: Math.round(performance.now() - t0) };
  } finally {
    clearInterval(sending);
    await station.stop();
  }
}

/** Asks observations.latest over the window bridge until an HR received after `since` is answered. */
async function firstLiveValue(url: string, since: number): Promise<void> {
  const page = new URL(url);
  const ws = new WebSocket(`ws://${page.host}${BRIDGE_PATH}?token=${page.searchParams.get('token')}`);
  await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
  try {
    for (let id = 1; ; id++) {
      const reply = await new Promise<{ result?: readonly LatestValue[] }>((resolve) => {
        ws.once('message', (data: Buffer) => resolve(JSON.parse(data.toString()) as { result?: readonly LatestValue[] }));
        ws.send(JSON.stringify({ type: 'call', id, method: 'observations.latest', input: {} }));
      });
      if (reply.result?.some((v) => v.param === 'hr' && v.value !== null && v.time >= since)) return;
      if (id > 3000) throw new Error('timed out: no live HR value answered');
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  } finally {
    ws.close();
  }
}

type LatencyFigures = Omit<LiveFigures, 'startupRunsMs' | 'listeningRunsMs' | 'retries'>;

async function liveLatency(dbFile: string, serial: string, monitor: Monitor): Promise<LatencyFigures> {
  const station = startStation(dbFile, serial);
  const browser = await launchChromium();
  try {
    const [, url] = await station.waitFor(/browser mode at (http:\/\/\S+)/, 60_000);
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(url!);
    monitor.send(hrOf(149));
    await page.waitForFunction(() => /^\d+$/.test(document.querySelector('[data-testid="numeric-value-hr"]')?.textContent?.trim() ?? ''), undefined, { timeout: 60_000 });
    // Every change of the HR tile's text, stamped on the same epoch clock as the writes (a string: the page gets no bundler helpers).
    await page.evaluate(`(() => {
      const shown = (window.__benchShown = []);
      new MutationObserver(() => shown.push([document.querySelector('[data-testid="numeric-value-hr"]')?.textContent?.trim() ?? '', performance.timeOrigin + performance.now()]))
        .observe(document.body, { subtree: true, childList: true, characterData: true });
    })()`);
    const written: number[] = [];
    const start = performance.now();
    for (let k = 0; k < OPENING_RECORDS + RECORDS; k++) {
      const wait = start + k * RECORD_EVERY_MS - performance.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      written.push(monitor.send(hrOf(k)));
    }
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    const shown = (await page.evaluate('window.__benchShown')) as [string, number][];
    const latencyOf = (k: number): number | null => {
      const value = String(hrOf(k));
      // Well inside the 150 records before the value recurs: a record not shown by then is counted as lost.
      const until = written[k]! + 10_000;
      const first = shown.find(([text, at]) => text === value && at >= written[k]! && at < until);
      return first ? first[1] - written[k]! : null;
    };
    const all = written.map((_, k) => latencyOf(k));
    const opening = all.slice(0, OPENING_RECORDS).filter((l): l is number => l !== null);
    const latencies = all.slice(OPENING_RECORDS).filter((l): l is number => l !== null);
    return {
      records: RECORDS,
      seen: latencies.length,
      openingRecords: OPENING_RECORDS,
      openingSeen: opening.length,
      openingMaxMs: round(Math.max(...opening)),
      stored: storedHrSince(dbFile, written[0]!),
      sent: written.length,
      latencyP50Ms: round(percentile(latencies, 50)),
      latencyP99Ms: round(percentile(latencies, 99)),
      latencyMaxMs: round(Math.max(...latencies)),
    };
  } finally {
    await browser.close();
    await station.stop();
  }
}

/** HR rows stored since `since` (the station stamps a record when it arrives). */
function storedHrSince(dbFile: string, since: number): number {
  const db = openDatabase(dbFile, { readonly: true });
  try {
    return db.prepare("SELECT count(*) FROM observations o JOIN series s ON s.id = o.series_id WHERE s.param = 'hr' AND s.source = 'serial' AND o.t_ms >= ?").pluck().get(since) as number;
  } finally {
    db.close();
  }
}

export function describeLive(f: LiveFigures): string {
  return `live: start-up ${median(f.startupRunsMs)} ms to the first live value (runs ${f.startupRunsMs.join(', ')}; listening after ${f.listeningRunsMs.join(', ')} ms); latency p50 ${f.latencyP50Ms} ms, p99 ${f.latencyP99Ms} ms, max ${f.latencyMaxMs} ms, ${f.seen} of ${f.records} records seen, ${f.stored} of ${f.sent} sent stored (while the page opened: ${f.openingSeen} of ${f.openingRecords} seen, worst ${f.openingMaxMs} ms)${f.retries ? `, ${f.retries} timed-out sample(s) retried` : ''}`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const figures = await measureLive(await benchDatabase(process.argv.slice(2)));
  process.stderr.write(`${describeLive(figures)}\n`);
  process.stdout.write(`${JSON.stringify(figures)}\n`);
}
