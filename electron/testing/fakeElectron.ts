// A recording stand-in for the `electron` module, for tests of the shell's wiring: the Electron binary cannot exist on
// the build machines, so the shell's tests run against this under vi.mock('electron').

type Listener = (...args: never[]) => unknown;

/** Node-style listeners, recorded so a test can fire what Electron would. */
class Emitter {
  readonly listeners = new Map<string, Listener[]>();

  on(name: string, listener: Listener): this {
    this.listeners.set(name, [...(this.listeners.get(name) ?? []), listener]);
    return this;
  }

  removeListener(name: string, listener: Listener): this {
    this.listeners.set(name, (this.listeners.get(name) ?? []).filter((l) => l !== listener));
    return this;
  }

  emit(name: string, ...args: unknown[]): unknown[] {
    return (this.listeners.get(name) ?? []).map((listener) => (listener as (...a: unknown[]) => unknown)(...args));
  }
}

/** What Electron passes to a listener that may refuse: records whether it did. */
export class FakeEvent {
  defaultPrevented = false;
  preventDefault(): void {
    this.defaultPrevented = true;
  }
}

export interface FakeFrame {
  url: string;
  parent: FakeFrame | null;
}

/** The URL the built renderer has in a window (loadFile). */
export const APP_URL = 'file:///opt/vigil/out/renderer/index.html#/live';

export class FakeWebContents extends Emitter {
  readonly mainFrame: FakeFrame = { url: APP_URL, parent: null };
  readonly sent: Array<{ channel: string; message: unknown }> = [];
  reloads = 0;
  destroyed = false;
  windowOpenHandler: ((details: { url: string }) => { action: string }) | undefined;

  constructor(private readonly world: FakeElectron) {
    super();
  }

  send(channel: string, message: unknown): void {
    this.sent.push({ channel, message });
    this.world.ipcRenderer.deliver(this, channel, message);
  }

  reload(): void {
    this.reloads += 1;
  }

  /** As Electron does: the renderer is killed and 'render-process-gone' follows. */
  forcefullyCrashRenderer(): void {
    this.emit('render-process-gone', new FakeEvent(), { reason: 'crashed', exitCode: 9 });
  }

  isDestroyed(): boolean {
    return this.destroyed;
  }

  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }

  executeJavaScript(): Promise<unknown> {
    return Promise.resolve(undefined);
  }
}

export class FakeBrowserWindow extends Emitter {
  readonly webContents: FakeWebContents;
  readonly calls: string[] = [];
  readonly loaded: string[] = [];
  minimized = false;
  destroyed = false;

  constructor(
    private readonly world: FakeElectron,
    readonly options: Record<string, unknown>,
  ) {
    super();
    this.webContents = new FakeWebContents(world);
    world.windows.push(this);
    // Electron announces every new contents to the app before it loads anything.
    world.app.emit('web-contents-created', new FakeEvent(), this.webContents);
  }

  loadFile(file: string): Promise<void> {
    this.loaded.push(file);
    return Promise.resolve();
  }

  isDestroyed(): boolean {
    return this.destroyed;
  }

  isMinimized(): boolean {
    return this.minimized;
  }

  restore(): void {
    this.calls.push('restore');
    this.minimized = false;
  }

  show(): void {
    this.calls.push('show');
  }

  focus(): void {
    this.calls.push('focus');
  }

  /** The user closes the window: Electron destroys it, then says 'closed'. */
  close(): void {
    this.destroyed = true;
    this.webContents.destroyed = true;
    this.emit('closed');
    if (this.world.windows.every((win) => win.destroyed)) this.world.app.emit('window-all-closed');
  }

  destroy(): void {
    this.destroyed = true;
    this.webContents.destroyed = true;
  }
}

export class FakeApp extends Emitter {
  readonly calls: string[] = [];
  readonly isPackaged = false;
  private readonly ready: Promise<void> = Promise.resolve();

  constructor(private readonly holdsLock: boolean) {
    super();
  }

  setName(name: string): void {
    this.calls.push(`setName:${name}`);
  }

  requestSingleInstanceLock(): boolean {
    this.calls.push('requestSingleInstanceLock');
    return this.holdsLock;
  }

  whenReady(): Promise<void> {
    this.calls.push('whenReady');
    return this.ready;
  }

  quit(): void {
    this.calls.push('quit');
  }

  exit(code: number): void {
    this.calls.push(`exit:${code}`);
  }

  getPath(name: string): string {
    return `/tmp/vigil-fake-electron/${name}`;
  }

  getAppPath(): string {
    return '/tmp/vigil-fake-electron/app';
  }
}

type IpcHandler = (event: { sender: unknown; senderFrame: FakeFrame | null }, ...args: unknown[]) => unknown;

export class FakeIpcMain extends Emitter {
  readonly handlers = new Map<string, IpcHandler>();

  handle(channel: string, handler: IpcHandler): void {
    // As Electron does: a second handler on one channel is a programming error.
    if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, handler);
  }

  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  }

  /** An invoke as it arrives from some renderer frame. */
  async invoke(channel: string, sender: unknown, senderFrame: FakeFrame | null, ...args: unknown[]): Promise<unknown> {
    const handler = this.handlers.get(channel);
    if (!handler) throw new Error(`No handler registered for '${channel}'`);
    return handler({ sender, senderFrame }, ...args);
  }
}

/** The renderer side: speaks as one window's contents once attached to it. */
export class FakeIpcRenderer extends Emitter {
  readonly invoked: string[] = [];
  private contents: FakeWebContents | null = null;

  constructor(private readonly ipcMain: FakeIpcMain) {
    super();
  }

  attach(contents: FakeWebContents): void {
    this.contents = contents;
  }

  invoke(channel: string, ...args: unknown[]): Promise<unknown> {
    this.invoked.push(channel);
    if (!this.contents) return Promise.reject(new Error('The fake renderer is attached to no window.'));
    return this.ipcMain.invoke(channel, this.contents, this.contents.mainFrame, ...args);
  }

  deliver(from: FakeWebContents, channel: string, message: unknown): void {
    if (from === this.contents) this.emit(channel, new FakeEvent(), message);
  }
}

export class FakeContextBridge {
  readonly exposed = new Map<string, unknown>();

  exposeInMainWorld(key: string, api: unknown): void {
    this.exposed.set(key, api);
  }
}

export class FakeSession {
  permissionRequestHandler: ((contents: unknown, permission: string, callback: (granted: boolean) => void) => void) | undefined;
  permissionCheckHandler: ((contents: unknown, permission: string) => boolean) | undefined;

  setPermissionRequestHandler(handler: FakeSession['permissionRequestHandler']): void {
    this.permissionRequestHandler = handler;
  }

  setPermissionCheckHandler(handler: FakeSession['permissionCheckHandler']): void {
    this.permissionCheckHandler = handler;
  }
}

/** The whole stand-in: what `import … from 'electron'` gives the shell, plus the recordings tests read. */
export interface FakeElectron {
  readonly app: FakeApp;
  readonly BrowserWindow: new (options: Record<string, unknown>) => FakeBrowserWindow;
  readonly windows: FakeBrowserWindow[];
  readonly ipcMain: FakeIpcMain;
  readonly ipcRenderer: FakeIpcRenderer;
  readonly contextBridge: FakeContextBridge;
  readonly session: { readonly defaultSession: FakeSession };
  readonly dialog: { readonly errors: string[]; showErrorBox(title: string, content: string): void };
}

export function createFakeElectron(options: { singleInstanceLock?: boolean } = {}): FakeElectron {
  const ipcMain = new FakeIpcMain();
  const errors: string[] = [];
  const world: FakeElectron = {
    app: new FakeApp(options.singleInstanceLock ?? true),
    BrowserWindow: class extends FakeBrowserWindow {
      constructor(windowOptions: Record<string, unknown>) {
        super(world, windowOptions);
      }
    },
    windows: [],
    ipcMain,
    ipcRenderer: new FakeIpcRenderer(ipcMain),
    contextBridge: new FakeContextBridge(),
    session: { defaultSession: new FakeSession() },
    dialog: { errors, showErrorBox: (title, content) => errors.push(`${title}: ${content}`) },
  };
  return world;
}
