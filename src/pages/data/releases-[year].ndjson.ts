import type { APIRoute } from 'astro';
import { getReleaseIndex } from '@/site/releases.ts';
import { withCacheKeys } from '@/site/cache-key.ts';
import { releasesByYear, releaseRecord, ndjsonLine } from '@/site/open-data.ts';
import { readReleaseBody } from '@/site/markdown/release-body.ts';
import type { Release } from '@/release/release.ts';

// One file a year, keyed by its releases' file digests: an edit rewrites one year's file.
export const getStaticPaths = async () =>
  withCacheKeys(
    releasesByYear(await getReleaseIndex()).map(({ year, releases }) => ({
      params: { year: String(year) },
      props: { releases },
    })),
    (props) => props.releases,
  );

export const GET: APIRoute<{ releases: Release[] }> = async ({ props, site }) => {
  const base = site ?? new URL('http://localhost/');
  const lines: string[] = [];
  // One body in memory at a time: a year of the archive holds hundreds of megabytes of text.
  for (const release of props.releases)
    lines.push(ndjsonLine(releaseRecord(release, await readReleaseBody(release.filePath), base)));
  return new Response(lines.join(''), { headers: { 'Content-Type': 'application/x-ndjson; charset=utf-8' } });
};
