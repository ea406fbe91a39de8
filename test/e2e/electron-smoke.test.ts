// The real Electron app, where an Electron binary exists (a packaging host). Skipped loudly elsewhere.
import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from '../helpers/cli';

function electronBinary(): string | null {
  try {
    return createRequire(import.meta.url)('electron') as string;
  } catch {
    return null;
  }
}

const binary = electronBinary();
if (!binary) {
  console.warn('\n*** Electron binary not installed (ELECTRON_SKIP_BINARY_DOWNLOAD): the Electron smoke test is SKIPPED. The UI is tested in browser mode. ***\n');
}

describe.skipIf(!binary)('Electron shell smoke test', () => {
  it('opens one sandboxed window whose preload exposes only the bridge', async () => {
    const { _electron } = await import('playwright-core');
    const app = await _electron.launch({
      executablePath: binary!,
      args: [REPO_ROOT, '--db', join(mkdtempSync(join(tmpdir(), 'vigil-electron-')), 'station.db')],
    });
    try {
      const page = await app.firstWindow();
      expect(await page.evaluate(() => typeof (window as unknown as { vigilBridge?: unknown }).vigilBridge)).toBe('object');
      expect(await page.evaluate(() => typeof (window as unknown as { require?: unknown }).require)).toBe('undefined');
      expect(await page.evaluate(() => typeof (globalThis as { process?: unknown }).process)).toBe('undefined');
      await page.getByTestId('alarm-disclaimer').waitFor();
    } finally {
      await app.close();
    }
  });
});
