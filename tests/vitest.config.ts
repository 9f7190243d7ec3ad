import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

export default defineConfig({
  root,
  test: {
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
        test: { name: 'cli', include: ['tests/cli/**/*.test.ts'], testTimeout: 60_000 },
      },
      {
        // Thai search quality on a site built from corpus releases (needs ../shared).
        extends: true,
        test: { name: 'search', include: ['tests/search/**/*.test.ts'], testTimeout: 600_000 },
      },
      {
        // Builds the embedded site once into a temporary folder, then checks it as files and in Chromium.
        extends: true,
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts'],
          globalSetup: ['tests/site/build-site.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          // A first search loads Pagefind's worker and every shard: over a second on a
          // loaded two-core machine (measured 1.3–2.3 s with Pagefind 1.6).
          expect: { poll: { timeout: 5_000 } },
        },
      },
    ],
  },
});
