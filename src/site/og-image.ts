/**
 * Which share card (og:image) a page carries (issue 15, part 5; issue 16, part 2): a
 * release its lead photo cropped to the card's shape, or without one its ministry's card;
 * a ministry's pages that card; every other page the site's.
 */
import { ministries, getMinistry } from '@/release/registries.ts';
import { ogCardPath } from '@/site/paths.ts';
import { SITE } from '@/config.ts';
import { UI } from '@/i18n/th.ts';
import { CARD_HEIGHT, CARD_WIDTH, type CardText } from '@/site/og/card.ts';

/** The card of every page that is not a ministry's or a release's. */
export const SITE_CARD = 'site';

export interface OgImage {
  /** The path of the PNG on this site; BaseHead makes it absolute. */
  path: string;
  width: number;
  height: number;
  /** Thai, as og:image:alt; a photo's own alt text. */
  alt: string;
  type: 'image/png' | 'image/jpeg';
}

/** Every card the site serves: the site's and one per ministry in the registry. */
export function cardIds(): string[] {
  return [SITE_CARD, ...ministries.map((ministry) => ministry.slug)];
}

/** @param ministry the slug of the page's ministry (a release's, or a ministry page's); none for any other page. */
export function ogImageFor(ministry?: string): OgImage {
  const known = ministry === undefined ? undefined : getMinistry(ministry);
  const card = known?.slug ?? SITE_CARD;
  return {
    path: ogCardPath(card),
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    alt: UI.ogCardAlt(known?.nameTh ?? SITE.name),
    type: 'image/png',
  };
}

/**
 * A release's card: its lead photo (encoded at the card's size, src/site/photos/picture.ts
 * ogImageOf) with the photo's alt text, or its ministry's card.
 */
export function releaseOgImage(ministry: string, lead?: { image: Omit<OgImage, 'alt'>; alt: string } | undefined): OgImage {
  return lead ? { ...lead.image, alt: lead.alt } : ogImageFor(ministry);
}

/** What a card shows. @param host the site's host name, at the card's foot. */
export function cardText(card: string, host: string): CardText {
  const ministry = getMinistry(card);
  if (!ministry && card !== SITE_CARD) throw new Error(`no share card "${card}": use "${SITE_CARD}" or a ministry's slug`);
  return ministry
    ? { siteName: SITE.name, title: ministry.nameTh, subtitle: ministry.nameEn, host }
    : { siteName: SITE.name, title: UI.tagline, subtitle: UI.ogSiteCardSubtitle, host };
}
