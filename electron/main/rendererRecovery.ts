// A crashed or hung window is reloaded; the station core lives in the main process, so acquisition never notices.
import type { BrowserWindow } from 'electron';

/** How long a window may stay unresponsive (after Chromium's own hang detection) before it is restarted. */
export const HANG_GRACE_MS = 20_000;
/** Reloads at most this often, so a renderer that crashes on every load cannot spin the CPU acquisition runs on. */
export const MIN_RELOAD_INTERVAL_MS = 10_000;

type RecoverableWindow = Pick<BrowserWindow, 'on' | 'isDestroyed' | 'webContents'>;

/**
 * Watches one window: a renderer that is gone is reloaded, one unresponsive past the grace period is restarted.
 * 'clean-exit' is the window closing or the app quitting, never reloaded.
 */
export function recoverRenderer(win: RecoverableWindow, log: (line: string) => void, graceMs = HANG_GRACE_MS): void {
  let hang: ReturnType<typeof setTimeout> | undefined;
  let pendingReload: ReturnType<typeof setTimeout> | undefined;
  let lastReloadAt = -Infinity;
  const cancelHang = () => {
    clearTimeout(hang);
    hang = undefined;
  };
  const gone = () => win.isDestroyed() || win.webContents.isDestroyed();
  const reloadNow = () => {
    pendingReload = undefined;
    lastReloadAt = Date.now();
    if (!gone()) win.webContents.reload();
  };
  win.webContents.on('render-process-gone', (_event, details) => {
    cancelHang();
    if (details.reason === 'clean-exit' || pendingReload !== undefined || gone()) return;
    log(`vigil: the window stopped (${details.reason}, exit code ${details.exitCode}); reloading it (monitoring and HL7 intake go on)`);
    // Never synchronously: a reload inside this event can crash the browser process (electron/electron#19887).
    pendingReload = setTimeout(reloadNow, Math.max(0, lastReloadAt + MIN_RELOAD_INTERVAL_MS - Date.now()));
  });
  win.on('unresponsive', () => {
    hang ??= setTimeout(() => {
      hang = undefined;
      if (gone()) return;
      log(`vigil: the window did not respond for ${Math.round(graceMs / 1000)} s; restarting it`);
      // reload() would wait for the hung page's unload handlers; a forced crash ends in 'render-process-gone' above.
      win.webContents.forcefullyCrashRenderer();
    }, graceMs);
  });
  win.on('responsive', cancelHang);
  win.on('closed', () => {
    cancelHang();
    clearTimeout(pendingReload);
  });
}
