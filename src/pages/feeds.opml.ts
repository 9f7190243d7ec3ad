import type { APIRoute } from 'astro';
import { getReleaseIndex } from '../lib/releases.ts';
import { feedDefinitions } from '../lib/feeds.ts';
import { opmlDocument } from '../lib/opml.ts';
import { SITE } from '../config.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(opmlDocument(SITE.title, feedDefinitions(await getReleaseIndex()), site ?? new URL('http://localhost/')), {
    headers: { 'Content-Type': 'text/x-opml; charset=utf-8' },
  });
