import { configDefaults, defineConfig } from 'vitest/config';

// Unit tests sit next to their code (*.test.ts); integration and end-to-end tests live in test/.
const UNIT = ['shared/**/*.test.ts', 'drivers/**/*.test.ts', 'electron/**/*.test.ts', 'renderer/**/*.test.ts', 'test/lint/**/*.test.ts'];
const INTEGRATION = ['test/integration/**/*.test.ts'];
// Time-sensitive unit and integration tests (*.tz.test.ts: Day +N, shifts, labs by day, rounds days, axis labels) run
// once per zone instead: no DST, a 25-hour autumn day (last Sunday of October), a 23-hour spring day (second Sunday of
// March), UTC+8.
const TIME_ZONES = { 'tz-utc': 'UTC', 'tz-berlin': 'Europe/Berlin', 'tz-new-york': 'America/New_York', 'tz-shanghai': 'Asia/Shanghai' } as const;
const TZ_TESTS = [...UNIT, ...INTEGRATION].map((glob) => glob.replace(/\.test\.ts$/, '.tz.test.ts'));

export default defineConfig({
  test: {
    // The JSON report lets .ci/run print a plain "N passed, N failed" closing line.
    // Two workers even on a 2-core machine (Vitest's default there is one): most files wait on real processes, ptys,
    // sockets and Chromium rather than the CPU, so the end-to-end files (still one at a time) overlap the rest.
    maxWorkers: 2,
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/vitest.json' },
    projects: [
      {
        test: {
          name: 'unit',
          include: UNIT,
          exclude: [...configDefaults.exclude, ...TZ_TESTS],
          environment: 'node',
          // Pinned so fixed instants (the clinical tests put the infusion at 0 ms) read the same on every machine.
          env: { TZ: 'UTC' },
        },
      },
      ...Object.entries(TIME_ZONES).map(([name, timeZone]) => ({
        test: {
          name,
          include: TZ_TESTS,
          environment: 'node' as const,
          // A forked worker per project gets its own TZ; the setup file fails the run if the zone did not take effect.
          pool: 'forks' as const,
          env: { TZ: timeZone },
          provide: { timeZone },
          setupFiles: ['test/tz/setup.ts'],
          testTimeout: 60_000, // the integration ones start an in-process station
          hookTimeout: 60_000,
        },
      })),
      {
        test: {
          name: 'integration',
          include: INTEGRATION,
          exclude: [...configDefaults.exclude, ...TZ_TESTS],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
