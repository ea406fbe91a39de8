// Test helpers of the IntelliVue tests: the reference pack's vectors file (read at run time) and byte helpers.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { hasSharedFixtures, SHARED_FIXTURES } from '../../test/helpers/shared';

export const PHILIPS_DIR = join(SHARED_FIXTURES, 'monitor-captures/philips-intellivue');
export { hasSharedFixtures };

export const hexToBytes = (hex: string): Uint8Array => Uint8Array.from((hex.replace(/\s+/g, '').match(/../g) ?? []).map((h) => Number.parseInt(h, 16)));
export const bytesToHex = (b: Uint8Array): string => Buffer.from(b).toString('hex');

export function readPhilipsFile(name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(PHILIPS_DIR, name)));
}

/** A named hex block of frame-and-message-vectors.txt: `name:` followed by lines of hex pairs. */
export function vector(name: string): Uint8Array {
  const text = readFileSync(join(PHILIPS_DIR, 'frame-and-message-vectors.txt'), 'utf8');
  const match = new RegExp(`^${name}:\\s*((?:[0-9a-f]{2}[ \\t\\n]*)+)`, 'm').exec(text);
  if (!match?.[1]) throw new Error(`vector ${name} not found`);
  return hexToBytes(match[1]);
}

/** The `key : hex` lines of a vectors block (V1/V2), in order. */
export function keyedVectors(key: string): Uint8Array[] {
  const text = readFileSync(join(PHILIPS_DIR, 'frame-and-message-vectors.txt'), 'utf8');
  return [...text.matchAll(new RegExp(`^${key}\\s*:\\s*((?:[0-9a-f]{2} ?)+)`, 'gm'))].map((m) => hexToBytes(m[1]!));
}

export function concatBytes(...parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
