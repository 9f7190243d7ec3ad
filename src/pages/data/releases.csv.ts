import type { APIRoute } from 'astro';
import { getReleaseIndex } from '@/site/releases.ts';
import { csvIndex, releaseRecord } from '@/site/open-data.ts';

export const GET: APIRoute = async ({ site }) => {
  const base = site ?? new URL('http://localhost/');
  const records = (await getReleaseIndex()).all.map((release) => releaseRecord(release, undefined, base));
  return new Response(csvIndex(records), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
