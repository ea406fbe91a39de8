// Nothing but the app's own page: no navigation, no new windows, no webviews, no web permissions.
import type { App, Session, WebContents } from 'electron';

/** Navigation, redirects, webviews and window.open refused in one contents (a link or a script cannot leave the app). */
export function lockDownContents(contents: Pick<WebContents, 'on' | 'setWindowOpenHandler'>): void {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/** Every web permission refused (serial goes through node-serialport in main), and every contents locked down as it is created. */
export function hardenApp(app: Pick<App, 'on'>, session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  app.on('web-contents-created', (_event, contents) => lockDownContents(contents));
}
