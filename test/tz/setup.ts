// Setup of the tz-* projects (vitest.config.ts): runs each time-sensitive test file in its project's time zone, or fails.
import { beforeAll, inject } from 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    timeZone: string;
  }
}

const wanted = inject('timeZone');
// Node re-reads TZ when it is assigned, so this holds even if the worker was started with another zone.
process.env.TZ = wanted;

beforeAll(() => {
  const actual = Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (actual !== wanted) throw new Error(`the ${wanted} project runs in ${actual}: its time-zone tests would prove nothing`);
});
