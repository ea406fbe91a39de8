// Where the GE S/5 tests find the shared captures: read at test time from the reference pack, never copied into the repo.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export const GE_FIXTURE_DIR = path.resolve(repoRoot, '../shared/fixtures/monitor-captures/ge-datex-s5');
export const geFixturesPresent = existsSync(GE_FIXTURE_DIR);
if (!geFixturesPresent) console.warn(`GE S/5 fixture tests SKIPPED: ${GE_FIXTURE_DIR} is absent`);

export function readGeFixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(path.join(GE_FIXTURE_DIR, name)));
}

export function readGeExpected(name: string): unknown {
  return JSON.parse(readFileSync(path.join(GE_FIXTURE_DIR, 'expected', name), 'utf8'));
}
