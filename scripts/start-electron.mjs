// npm start: build, make sure the database module is built for Electron, then open the app.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { stdio: 'inherit', shell: process.platform === 'win32' });
  if (r.status !== 0) process.exit(r.status ?? 1);
};

let electronPath;
try {
  electronPath = require('electron');
} catch (error) {
  console.error(
    `Vigil: the Electron binary is not installed (${error.message}).\n` +
      'Run "npm install" with internet access (without ELECTRON_SKIP_BINARY_DOWNLOAD), or use browser mode: npx vigil station --web 8080',
  );
  process.exit(2);
}

run(process.execPath, [require.resolve('electron-vite/bin/electron-vite.js'), 'build']);
if (!existsSync('resources/native/electron/better_sqlite3.node')) run(process.execPath, ['scripts/build-electron-sqlite.mjs']);
const app = spawnSync(electronPath, ['.', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(app.status ?? 0);
