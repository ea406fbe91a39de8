// One Vigil per computer: a second one would be a second writer on the database and a second owner of the serial port.
import type { App, BrowserWindow } from 'electron';

/** Shows a window that may be minimised or hidden behind others. */
export function bringToFront(win: Pick<BrowserWindow, 'isMinimized' | 'restore' | 'show' | 'focus'>): void {
  if (win.isMinimized()) win.restore();
  win.show();
  win.focus();
}

/**
 * Takes the single-instance lock. The first instance keeps it and brings its window forward when another start is
 * attempted; a later instance quits at once (false: it must open nothing, least of all the database).
 */
export function claimSingleInstance(
  app: Pick<App, 'requestSingleInstanceLock' | 'quit' | 'on'>,
  currentWindow: () => Pick<BrowserWindow, 'isDestroyed' | 'isMinimized' | 'restore' | 'show' | 'focus'> | null,
): boolean {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return false;
  }
  app.on('second-instance', () => {
    const win = currentWindow();
    if (win && !win.isDestroyed()) bringToFront(win);
  });
  return true;
}
