import type { APIRoute } from 'astro';
import { getReleaseIndex } from '@/site/releases.ts';
import { feedDefinitions } from '@/site/feeds/feeds.ts';
import { opmlDocument, type FeedFormat } from '@/site/feeds/opml.ts';
import { SITE } from '@/config.ts';
import { UI } from '@/i18n/th.ts';

// /feeds.opml lists the RSS feeds; /feeds-json.opml their JSON Feed twins.
export const getStaticPaths = () => [
  { params: { list: 'feeds' }, props: { format: 'rss', title: SITE.title } },
  { params: { list: 'feeds-json' }, props: { format: 'json', title: UI.opmlJsonTitle(SITE.title) } },
];

export const GET: APIRoute<{ format: FeedFormat; title: string }> = async ({ props, site }) =>
  new Response(
    opmlDocument(props.title, feedDefinitions(await getReleaseIndex()), site ?? new URL('http://localhost/'), props.format),
    {
      headers: { 'Content-Type': 'text/x-opml; charset=utf-8' },
    },
  );
