/** schema.org NewsArticle for a release page (https://schema.org/NewsArticle). */
import { SITE } from '@/config.ts';
import { rfc3339InBangkok } from '@/site/feeds/dates.ts';
import { getCategory, type Ministry } from '@/release/registries.ts';
import type { Release } from '@/release/release.ts';

/** @param images absolute URLs of the lead photo (its share card and its largest size); none without one. */
export function newsArticleJsonLd(
  release: Release,
  ministry: Ministry | undefined,
  pageUrl: string,
  images: readonly string[] = [],
): Record<string, unknown> {
  const publisher = { '@type': 'GovernmentOrganization', name: ministry?.nameTh ?? SITE.name, alternateName: ministry?.nameEn };
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: release.title,
    ...(release.category ? { articleSection: getCategory(release.category)?.nameTh } : {}),
    description: release.excerpt,
    inLanguage: release.lang ?? SITE.lang,
    datePublished: rfc3339InBangkok(release.date),
    ...(release.updated ? { dateModified: rfc3339InBangkok(release.updated) } : {}),
    mainEntityOfPage: pageUrl,
    url: pageUrl,
    ...(release.source ? { isBasedOn: release.source } : {}),
    ...(images.length ? { image: [...images] } : {}),
    author: publisher,
    publisher,
  };
}
