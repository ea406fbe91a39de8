// The Electron shell: one secure window, the station core in-process, the API bound to IPC.
import { app, BrowserWindow, dialog, ipcMain, session, type WebContents } from 'electron';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { Station } from '../station/station';
import { knownProtocol } from '../station/devices/protocol';
import { PRODUCT_NAME } from '../station/paths';
import { HL7_STATION_OPTIONS, hl7SetupFromArgs } from '../station/cli/hl7';
import { windowPrinter } from '../station/report/windowPrinter';
import type { ReportPrinter } from '../station/report/print';
import { hardenApp } from './security';
import { claimSingleInstance } from './singleInstance';
import { recoverRenderer } from './rendererRecovery';
import { serveStation } from './stationIpc';
import { errorMessage } from '../../shared/errors';
import { SECOND_MS } from '../../shared/time';

const here = fileURLToPath(new URL('.', import.meta.url));
const RENDERER_HTML = join(here, '../renderer/index.html');
const PRELOAD = join(here, '../preload/index.cjs');
/** The bundled grading worker (a second main entry in electron.vite.config.ts). */
const GRADING_WORKER = pathToFileURL(join(here, 'gradingWorker.js'));

app.setName(PRODUCT_NAME);

/** better-sqlite3 built for Electron's ABI, kept apart from the Node build that tests use (README). */
function electronSqliteBinding(): string | undefined {
  const candidates = [process.env.VIGIL_SQLITE_BINDING, join(app.getAppPath(), 'resources/native/electron/better_sqlite3.node')];
  return candidates.find((p): p is string => typeof p === 'string' && existsSync(p));
}

function appArgs() {
  return parseArgs({
    args: process.argv.slice(app.isPackaged ? 1 : 2),
    options: { db: { type: 'string' }, name: { type: 'string' }, 'nibp-cycle': { type: 'string' }, serial: { type: 'string', multiple: true }, protocol: { type: 'string' }, ...HL7_STATION_OPTIONS },
    strict: false,
  }).values;
}

/** Hidden windows rendering the handover for report.print: they reach the API with a session nobody signs in to (public methods). */
const printContents = new Set<WebContents>();

/** The shell's printer: the report route in a hidden sandboxed window, printToPDF for the PDF and its checksum, print() for paper. */
function reportPrinter(): ReportPrinter {
  return windowPrinter(() => {
    const win = new BrowserWindow({ show: false, width: 820, height: 1160, webPreferences: { preload: PRELOAD, contextIsolation: true, sandbox: true, nodeIntegration: false, webviewTag: false } });
    const contents = win.webContents;
    printContents.add(contents);
    return {
      load: (hash) => win.loadFile(RENDERER_HTML, { hash }),
      evaluate: (script) => contents.executeJavaScript(script),
      printToPDF: (options) => contents.printToPDF(options),
      print: (options) => new Promise<boolean>((resolve) => contents.print(options, (ok) => resolve(ok))),
      close: () => {
        printContents.delete(contents);
        win.destroy();
      },
    };
  });
}

function stationFromArgs(): Station {
  const values = appArgs();
  const protocol = knownProtocol(String(values.protocol ?? 'ge-s5')) ?? 'ge-s5';
  const serial = (values.serial ?? []).filter((s): s is string => typeof s === 'string');
  const nativeBinding = electronSqliteBinding();
  const nibpCycleSeconds = Number(values['nibp-cycle']);
  return new Station({
    // Same meaning as `vigil station --name / --nibp-cycle`; a bad value keeps the default (the window must open).
    ...(typeof values.name === 'string' && values.name.trim() !== '' ? { stationName: values.name.trim() } : {}),
    ...(Number.isFinite(nibpCycleSeconds) && nibpCycleSeconds > 0 ? { nibpCycleMs: Math.round(nibpCycleSeconds * SECOND_MS) } : {}),
    dbFile: typeof values.db === 'string' ? values.db : join(app.getPath('userData'), 'vigil.db'),
    devices: serial.map((port) => ({ protocol, port })),
    ...(nativeBinding ? { nativeBinding } : {}),
    reportPrinter: reportPrinter(),
    grading: { worker: GRADING_WORKER },
  });
}

const logLine = (line: string) => process.stderr.write(`${line}\n`);

function createWindow(station: Station): BrowserWindow {
  const win = new BrowserWindow({
    width: 1400,
    height: 900,
    backgroundColor: '#0b0f14',
    title: PRODUCT_NAME,
    webPreferences: { preload: PRELOAD, contextIsolation: true, sandbox: true, nodeIntegration: false, webviewTag: false },
  });
  serveStation(ipcMain, win, station, printContents);
  recoverRenderer(win, logLine);
  void win.loadFile(RENDERER_HTML);
  return win;
}

/** The window a second start brings forward. */
let mainWindow: BrowserWindow | null = null;

function boot(): void {
  hardenApp(app, session.defaultSession);
  let station: Station;
  try {
    station = stationFromArgs();
  } catch (error) {
    dialog.showErrorBox(
      'Vigil cannot open its database',
      `${errorMessage(error)}\n\nIf this mentions NODE_MODULE_VERSION, build the database module for Electron: npm run rebuild:electron-sqlite`,
    );
    app.exit(1);
    return;
  }
  station.start();
  // The same --hl7-listen options as `vigil station`; a listener that cannot start is reported, the window still opens.
  void Promise.resolve()
    .then(async () => {
      const setup = hl7SetupFromArgs(appArgs() as Parameters<typeof hl7SetupFromArgs>[0]);
      if (setup.fallbackAfterMs !== undefined) station.hl7.sources.fallbackAfterMs = setup.fallbackAfterMs;
      if (setup.listen) await station.hl7.listen(setup.listen);
    })
    .catch((error: unknown) => dialog.showErrorBox('Vigil: HL7 listener not started', errorMessage(error)));
  mainWindow = createWindow(station);
  app.on('window-all-closed', () => {
    void station.stop().finally(() => app.quit());
  });
}

// Before anything opens the database: a second start only brings the first window forward.
if (claimSingleInstance(app, () => mainWindow)) void app.whenReady().then(boot);
