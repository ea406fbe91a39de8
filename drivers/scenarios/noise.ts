// Deterministic measurement noise: a pure function of (seed, stream, step), so a sample never depends on call order.

/** 32-bit integer mix of three inputs (splitmix/murmur-style finaliser). */
function hash32(a: number, b: number, c: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13) ^ b, 0xc2b2ae35);
  h = Math.imul(h ^ (h >>> 16) ^ c, 0x27d4eb2f);
  h ^= h >>> 15;
  return h >>> 0;
}

/** Uniform noise in [-1, 1] for one param stream at one time step. */
export function noise(seed: number, stream: number, step: number): number {
  return (hash32(seed | 0, stream | 0, step | 0) / 0xffffffff) * 2 - 1;
}
