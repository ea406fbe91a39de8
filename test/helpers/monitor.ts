// A simulated bedside monitor on one end of a virtual serial cable (socat pty pair); the station takes the other end.
import { startVigil, type RunningVigil } from './cli';
import { createPtyPair, type PtyPair } from './pty';

export interface MonitorOnPty {
  readonly pty: PtyPair;
  readonly simulator: RunningVigil;
  /** Stops the simulator, then pulls the cable. */
  close(): Promise<void>;
}

/** `vigil simulate` with the stable scenario on a new pty pair, once it says it runs. */
export async function startMonitorOnPty(protocol: string, simulateArgs: readonly string[] = []): Promise<MonitorOnPty> {
  const pty = await createPtyPair();
  const simulator = startVigil(['simulate', '--protocol', protocol, '--port', pty.monitorPath, '--scenario', 'stable', ...simulateArgs]);
  const close = async () => {
    await simulator.stop();
    await pty.close();
  };
  try {
    await simulator.waitFor(/scenario stable/);
  } catch (error) {
    await close();
    throw error;
  }
  return { pty, simulator, close };
}
