import { describe, expect, it } from 'vitest';
import { astroSeconds, buildPhases, copiedPages, imageFiles } from '../../../../scripts/bench/build-phases.ts';

const LOG = `23:59:58 [content] Syncing content
00:00:09 [content] Synced content
00:00:12 [vite] ✓ built in 8.50s
00:00:13 [vite] ✓ built in 430ms

 generating static routes 
00:01:40   ├─ /index.html (+3ms)
00:02:10 ✓ Completed in 2m 1s.

00:02:40 [thalaeng-search-index] 12 releases indexed for search in 1 shards (0 unchanged, from the cache), 161.5 s since the build started
`;

describe('the phases of a build, from its log', () => {
  it("reads Astro's durations in milliseconds, seconds and minutes", () => {
    expect(astroSeconds('310ms')).toBe(0.31);
    expect(astroSeconds('12.34s')).toBe(12.34);
    expect(astroSeconds('4m 5s')).toBe(245);
  });

  it('finds content sync across midnight, bundling, pages and the search index', () => {
    expect(buildPhases(LOG)).toEqual({
      contentSyncSeconds: 11,
      bundlingSeconds: 8.93,
      pagesSeconds: 121,
      search: { releases: 12, shards: 1, unchangedShards: 0, readySeconds: 161.5 },
    });
  });

  it('lists the pages copied from the last build, not those rendered again', () => {
    const log = `12:00:01   ├─ /releases/a/index.html (cached)\n12:00:01   ├─ /releases/b/index.html (+4ms)\n12:00:01   ├─ /rss.xml (restored)\n`;
    expect(copiedPages(log)).toEqual(['/releases/a/index.html', '/rss.xml']);
  });
});

describe('the images a build encoded', () => {
  it('tells files encoded with sharp from those copied from the cache', () => {
    const log = [
      ' generating optimized images ',
      '03:48:09   ▶ /_astro/photos/6d85_oz6s1.webp (before: 49kB, after: 0kB) (+489ms) (1/3)',
      '03:49:37   ▶ /_astro/photos/977b_2dhJQu.webp (reused cache entry) (+13ms) (2/3)',
      '03:49:37   ▶ /_astro/photos/977b_3x.jpeg (reused cache entry) (+9ms) (3/3)',
    ].join('\n');
    expect(imageFiles(log)).toEqual({
      encoded: ['/_astro/photos/6d85_oz6s1.webp'],
      reused: ['/_astro/photos/977b_2dhJQu.webp', '/_astro/photos/977b_3x.jpeg'],
    });
  });
});
