// The public acceptance vignettes in the read-only reference pack: every file the vignette tests cover, read at run
// time (never copied into the repository). Without ../shared the list is empty and the tests skip loudly.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { hasSharedFixtures, SHARED_FIXTURES } from './shared';

/** public.json holds V01–V29 (odd), public-2.json V31–V39 (odd), added with the Dec 2026 corrections. */
export const PUBLIC_VIGNETTE_FILES = hasSharedFixtures ? ['public.json', 'public-2.json'].map((name) => join(SHARED_FIXTURES, 'vignettes', name)) : [];

/** The ids of the public vignettes, in file order. */
export const PUBLIC_VIGNETTE_IDS = [...Array.from({ length: 15 }, (_, i) => i * 2 + 1), ...Array.from({ length: 5 }, (_, i) => 31 + i * 2)].map((n) => `V${String(n).padStart(2, '0')}`);

/** A vignette file as JSON (each test parses it with the schema it exercises). */
export function readVignetteFile(file: string): unknown {
  return JSON.parse(readFileSync(file, 'utf8'));
}
