import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

export default defineConfig({
  root,
  // tsconfig.json's `@/` alias, for the modules under test.
  resolve: { alias: { '@/': `${root}src/` } },
  test: {
    // expect.poll waits for what a reader would wait for (results shown, a file indexed);
    // its default limit of 1 s failed tests on a busy 2-core machine while the page was
    // still working. The limit is a ceiling, not a wait: a poll ends as soon as it holds.
    expect: { poll: { timeout: 30_000 } },
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] },
      },
      {
        // The thaigov importer: parsing rules, idempotence, and accuracy on the labelled set.
        extends: true,
        test: { name: 'import', include: ['tests/import/**/*.test.ts'], testTimeout: 120_000 },
      },
      {
        // The editor commands (npm run new, npm run check) run as an editor runs them.
        extends: true,
        test: { name: 'cli', include: ['tests/cli/**/*.test.ts'], testTimeout: 300_000 },
      },
      {
        // Generated front matter, bodies and file names against check and a small build.
        extends: true,
        test: { name: 'fuzz', include: ['tests/fuzz/**/*.test.ts'], testTimeout: 1_800_000 },
      },
      {
        // Thai search quality on a site built from corpus releases (needs ../shared).
        extends: true,
        test: { name: 'search', include: ['tests/search-quality/**/*.test.ts'], testTimeout: 600_000 },
      },
      {
        // Builds the embedded site once into a temporary folder, then checks it as files and in Chromium.
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/build-site.ts'],
          // Ceilings for tests that build sites (the rebuild test builds three): a busy
          // 2-core machine took over a minute for one (issue 18).
          testTimeout: 300_000,
          hookTimeout: 600_000,
        },
      },
    ],
  },
});
