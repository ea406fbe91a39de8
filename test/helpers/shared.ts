// Locates the read-only reference pack beside the repository; tests that need it skip loudly without it.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './cli';

export const SHARED_DIR = join(REPO_ROOT, '..', 'shared');
export const SHARED_FIXTURES = join(SHARED_DIR, 'fixtures');
export const hasSharedFixtures = existsSync(SHARED_FIXTURES);

if (!hasSharedFixtures) {
  console.warn(`\n*** ../shared/fixtures not found at ${SHARED_FIXTURES}: tests on the reference captures are SKIPPED ***\n`);
}
