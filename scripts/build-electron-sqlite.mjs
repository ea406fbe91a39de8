// Builds better-sqlite3 for Electron's ABI into resources/native/electron/, leaving the Node build
// in node_modules untouched (tests and the CLI run under Node; the app loads this copy via nativeBinding).
import { cpSync, mkdirSync, mkdtempSync, copyFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';

const require = createRequire(import.meta.url);
const electronVersion = require('electron/package.json').version;
const source = dirname(require.resolve('better-sqlite3/package.json'));
const nodeGyp = process.env.npm_config_node_gyp ?? join(dirname(process.execPath), '../lib/node_modules/npm/node_modules/node-gyp/bin/node-gyp.js');
const work = mkdtempSync(join(tmpdir(), 'vigil-sqlite-electron-'));
const target = resolve('resources/native/electron');

console.log(`Building better-sqlite3 for Electron ${electronVersion} (needs the Electron headers from electronjs.org)…`);
cpSync(source, work, { recursive: true, filter: (p) => !p.includes(`${join(source, 'build')}`) });
const result = spawnSync(
  process.execPath,
  [nodeGyp, 'rebuild', '--release', `--target=${electronVersion}`, `--arch=${process.arch}`, '--dist-url=https://electronjs.org/headers'],
  { cwd: work, stdio: 'inherit' },
);
if (result.status !== 0) {
  console.error('Vigil: building better-sqlite3 for Electron failed (see above). The CLI and browser mode still work: npx vigil station --web 8080');
  process.exit(result.status ?? 1);
}
mkdirSync(target, { recursive: true });
copyFileSync(join(work, 'build/Release/better_sqlite3.node'), join(target, 'better_sqlite3.node'));
rmSync(work, { recursive: true, force: true });
console.log(`Vigil: Electron build of better-sqlite3 written to ${join(target, 'better_sqlite3.node')}`);
