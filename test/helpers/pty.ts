// A linked pseudo-terminal pair made by socat: a virtual serial cable for integration tests.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface PtyPair {
  /** The station's end of the cable. */
  readonly stationPath: string;
  /** The monitor's (simulator's) end. */
  readonly monitorPath: string;
  /** Pulls the cable: kills socat, both device paths disappear. */
  unplug(): Promise<void>;
  /** Plugs a new cable in at the same paths. */
  replug(): Promise<void>;
  close(): Promise<void>;
}

export async function createPtyPair(dir = mkdtempSync(join(tmpdir(), 'vigil-pty-'))): Promise<PtyPair> {
  const stationPath = join(dir, 'station');
  const monitorPath = join(dir, 'monitor');
  let socat: ChildProcess | null = null;

  const start = async () => {
    socat = spawn('socat', [`pty,raw,echo=0,link=${stationPath}`, `pty,raw,echo=0,link=${monitorPath}`], { stdio: 'ignore' });
    const deadline = Date.now() + 5000;
    while (!(existsSync(stationPath) && existsSync(monitorPath))) {
      if (Date.now() > deadline) throw new Error('socat did not create the pty pair (is socat installed?)');
      await new Promise((r) => setTimeout(r, 20));
    }
  };
  const stop = async () => {
    const proc = socat;
    socat = null;
    if (!proc || proc.exitCode !== null) return;
    const exited = new Promise((r) => proc.once('exit', r));
    proc.kill('SIGTERM');
    await exited;
  };
  await start();
  return { stationPath, monitorPath, unplug: stop, replug: start, close: stop };
}
