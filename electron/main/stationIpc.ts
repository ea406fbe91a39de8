// The station's API on the one IPC channel, answered only for the app's own pages; its events pushed to the window.
import type { BrowserWindow, IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { IPC_CALL_CHANNEL, IPC_EVENT_CHANNEL } from '../../shared/api/wire';
import type { DispatchReply } from '../station/api/dispatcher';
import type { Station } from '../station/station';

export const FOREIGN_SENDER_REPLY: DispatchReply = { ok: false, error: { code: 'forbidden', message: 'Request from an unknown window refused.' } };

/** The top frame of a page loaded from the app's files; a subframe or a page from anywhere else is not the app. */
export function isAppFrame(frame: IpcMainInvokeEvent['senderFrame']): boolean {
  if (frame === null || frame.parent !== null) return false;
  try {
    return new URL(frame.url).protocol === 'file:';
  } catch {
    return false;
  }
}

/**
 * Answers IPC calls from the window (and the hidden print windows, each kind with its own sign-in session) through the
 * station's dispatcher, refuses every other sender, and pushes the station's events to the window until it closes.
 */
export function serveStation(
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>,
  win: Pick<BrowserWindow, 'webContents' | 'isDestroyed' | 'on'>,
  station: Pick<Station, 'dispatch' | 'events' | 'createWindowSession'>,
  printContents: ReadonlySet<WebContents>,
): void {
  const session = station.createWindowSession();
  const printSession = station.createWindowSession();
  ipcMain.handle(IPC_CALL_CHANNEL, (event, method: unknown, input: unknown) => {
    const fromPrint = printContents.has(event.sender);
    if ((event.sender !== win.webContents && !fromPrint) || !isAppFrame(event.senderFrame)) return FOREIGN_SENDER_REPLY;
    return station.dispatch(method, input, fromPrint ? printSession : session);
  });
  const unsubscribe = station.events.subscribe((message) => {
    if (!win.isDestroyed()) win.webContents.send(IPC_EVENT_CHANNEL, message);
  });
  win.on('closed', () => {
    unsubscribe();
    ipcMain.removeHandler(IPC_CALL_CHANNEL);
  });
}
