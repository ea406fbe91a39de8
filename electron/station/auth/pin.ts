// PINs are stored only as salted scrypt hashes.
import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';

export function hashPin(pin: string, salt = randomBytes(16).toString('base64')): { hash: string; salt: string } {
  return { hash: scryptSync(pin, salt, 32).toString('base64'), salt };
}

export function verifyPin(pin: string, hash: string, salt: string): boolean {
  const expected = Buffer.from(hash, 'base64');
  const actual = scryptSync(pin, salt, expected.length);
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}
