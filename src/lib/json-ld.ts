/** schema.org NewsArticle for a release page (https://schema.org/NewsArticle). */
import { SITE } from '../config.ts';
import type { Ministry } from './registries.ts';
import type { Release } from './release.ts';

export function newsArticleJsonLd(release: Release, ministry: Ministry | undefined, pageUrl: string): Record<string, unknown> {
  const publisher = { '@type': 'GovernmentOrganization', name: ministry?.nameTh ?? SITE.name, alternateName: ministry?.nameEn };
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: release.title,
    description: release.excerpt,
    inLanguage: SITE.lang,
    datePublished: release.date.toISOString(),
    ...(release.updated ? { dateModified: release.updated.toISOString() } : {}),
    mainEntityOfPage: pageUrl,
    url: pageUrl,
    ...(release.source ? { isBasedOn: release.source } : {}),
    author: publisher,
    publisher,
  };
}
