import path from 'node:path';
import type { APIRoute } from 'astro';
import { cardIds, cardText } from '@/site/og-image.ts';
import { cardDrawer, type CardDrawer } from '@/site/og/draw-card.ts';
import type { CardText } from '@/site/og/card.ts';
import { withCacheKeys } from '@/site/cache-key.ts';
import { environment } from '@/config.ts';

// Astro builds from the project folder (scripts/build/astro-build.ts), which the cache folder is relative to.
let drawer: Promise<CardDrawer> | undefined;
const theDrawer = (): Promise<CardDrawer> => (drawer ??= cardDrawer(process.cwd(), path.resolve(environment().cacheDir)));

// Share cards (og:image): the site's and one per ministry. Each page's props hold its card's
// key (its design, text, fonts and drawing code), so a rebuild copies every unchanged card.
export const getStaticPaths = async () => {
  const cards = await theDrawer();
  const host = new URL(environment().site).host;
  const paths = cardIds().map((card) => {
    const text = cardText(card, host);
    return { params: { card }, props: { text, key: cards.key(text) } };
  });
  await cards.keepOnly(paths.map(({ props }) => props.key));
  return withCacheKeys(paths);
};

export const GET: APIRoute<{ text: CardText; key: string }> = async ({ props }) => {
  const png = await (await theDrawer()).draw(props.text);
  return new Response(png as Uint8Array<ArrayBuffer>, { headers: { 'Content-Type': 'image/png' } });
};
