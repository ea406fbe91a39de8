// Where the station keeps its files when nobody says otherwise: the same folder Electron's userData is.
import { homedir } from 'node:os';
import { join } from 'node:path';

export const PRODUCT_NAME = 'Vigil';

/** Mirrors Electron's app.getPath('userData') for productName "Vigil", so CLI and app share one database. */
export function defaultUserDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), PRODUCT_NAME);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', PRODUCT_NAME);
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), PRODUCT_NAME);
}

export function defaultDatabaseFile(): string {
  return join(defaultUserDataDir(), 'vigil.db');
}
