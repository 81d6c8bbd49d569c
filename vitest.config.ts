import { defineConfig } from 'vitest/config';

// Tests that start child processes, pseudo-terminals, servers or file watches, that mock
// modules, and the long walks over the corpus: slower, sensitive to a busy machine, each file
// isolated. Everything else is a unit test of a pure module or a component: those run first,
// sharing one module graph per worker (no per-file isolation: a quarter of the time here), so
// a unit test leaves no mock, stub or global change behind.
const PROCESS_TESTS = [
  'tests/e2e/**/*.test.{ts,tsx}',
  'tests/cli/**/*.test.{ts,tsx}',
  'tests/reliability/**/*.test.{ts,tsx}',
  'tests/build/**/*.test.{ts,tsx}',
  'tests/readme.test.ts',
  'tests/net/fetch-feed.test.ts',
  'tests/net/fetch-through-proxy.test.ts',
  'tests/monitor/desk-monitor-files.test.ts',
  'tests/sources/read-local-file.test.ts',
  'tests/monitor/source-poller.test.ts',
  'tests/monitor/feed-discovery.test.ts',
  'tests/sources/watch-file.test.ts',
  'tests/archive/archive-processes.test.ts',
  'tests/parse/conformance.test.ts',
  'tests/robustness/corpus-walk.test.ts',
  'tests/robustness/hostile-feeds.test.ts',
  'tests/ingest/pipeline-worker.test.ts',
];

export default defineConfig({
  test: {
    setupFiles: ['tests/setup.ts'],
    testTimeout: 60_000,
    reporters: ['default', './tests/skipped-reporter.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/**/*.test.{ts,tsx}'],
          exclude: PROCESS_TESTS,
          isolate: false,
          restoreMocks: true,
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: { name: 'process', include: PROCESS_TESTS, sequence: { groupOrder: 1 } },
      },
    ],
  },
});
