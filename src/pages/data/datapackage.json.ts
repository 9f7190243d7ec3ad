import type { APIRoute } from 'astro';
import { getReleaseIndex } from '@/site/releases.ts';
import { dataPackage, releasesByYear } from '@/site/open-data.ts';

export const GET: APIRoute = async ({ site }) => {
  const years = releasesByYear(await getReleaseIndex()).map(({ year }) => year);
  return new Response(`${JSON.stringify(dataPackage(years, site ?? new URL('http://localhost/')), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
