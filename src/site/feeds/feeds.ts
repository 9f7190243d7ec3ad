/**
 * Every feed of the site — site-wide, per ministry, per province, per category — defined once and used
 * by the feed endpoint, the /feeds/ page, the OPML file and the <head> links.
 */
import { SITE } from '@/config.ts';
import { categories, ministries, provinces, getCategory, getMinistry, getProvince } from '@/release/registries.ts';
import {
  siteFeedPath,
  ministryFeedPath,
  provinceFeedPath,
  categoryFeedPath,
  homePath,
  ministryPath,
  provincePath,
  categoryPath,
  jsonFeedPath,
} from '@/site/paths.ts';
import { provinceName } from '@/thai/province-name.ts';
import { UI } from '@/i18n/th.ts';
import type { ReleaseIndex } from '@/site/release-index.ts';
import type { Release } from '@/release/release.ts';

/** Items per feed: enough for a reader that polls daily, small enough to fetch on a phone. */
export const FEED_LENGTH = 50;

export interface FeedDefinition {
  kind: 'site' | 'ministry' | 'province' | 'category';
  /** The RSS file. */
  path: string;
  /** The same feed as JSON Feed. */
  jsonPath: string;
  /** The HTML page the feed follows. */
  pagePath: string;
  /** Short name in lists: กระทรวงแรงงาน, จังหวัดเชียงใหม่. */
  label: string;
  title: string;
  description: string;
  /** Newest first, at most FEED_LENGTH. */
  releases: readonly Release[];
  /** For grouping in the OPML file: a province's region. */
  group?: string;
}

/** `จังหวัดเชียงใหม่ | แถลง`: what a feed reader lists the feed as. */
function feedTitle(label: string): string {
  return `${label} | ${SITE.name}`;
}

/** A province as titles and categories name it; an unknown code as it is. */
export function provinceLabel(code: string): string {
  const province = getProvince(code);
  return province ? provinceName(province) : code;
}

export function siteFeed(index: ReleaseIndex): FeedDefinition {
  return {
    kind: 'site',
    path: siteFeedPath(),
    jsonPath: jsonFeedPath(siteFeedPath()),
    pagePath: homePath(),
    label: UI.allReleasesHeading,
    title: SITE.title,
    description: SITE.description,
    releases: index.all.slice(0, FEED_LENGTH),
  };
}

export function feedDefinitions(index: ReleaseIndex): FeedDefinition[] {
  return [
    siteFeed(index),
    ...ministries.map((m): FeedDefinition => ({
      kind: 'ministry',
      path: ministryFeedPath(m.slug),
      jsonPath: jsonFeedPath(ministryFeedPath(m.slug)),
      pagePath: ministryPath(m.slug),
      label: m.nameTh,
      title: feedTitle(m.nameTh),
      description: UI.ministryFeedDescription(m.nameTh, m.nameEn),
      releases: (index.byMinistry.get(m.slug) ?? []).slice(0, FEED_LENGTH),
    })),
    ...provinces.map((p): FeedDefinition => ({
      kind: 'province',
      path: provinceFeedPath(p.code),
      jsonPath: jsonFeedPath(provinceFeedPath(p.code)),
      group: p.region,
      pagePath: provincePath(p.code),
      label: provinceLabel(p.code),
      title: feedTitle(provinceLabel(p.code)),
      description: UI.provinceFeedDescription(provinceLabel(p.code), p.nameEn),
      releases: (index.byProvince.get(p.code) ?? []).slice(0, FEED_LENGTH),
    })),
    ...categories.map((c): FeedDefinition => ({
      kind: 'category',
      path: categoryFeedPath(c.slug),
      jsonPath: jsonFeedPath(categoryFeedPath(c.slug)),
      pagePath: categoryPath(c.slug),
      label: c.nameTh,
      title: feedTitle(c.nameTh),
      description: UI.categoryFeedDescription(c.nameTh, c.nameEn),
      releases: (index.byCategory.get(c.slug) ?? []).slice(0, FEED_LENGTH),
    })),
  ];
}

/** A feed as pages link to it: in the head (RSS and JSON Feed) and above a listing. */
export interface FeedLink {
  title: string;
  path: string;
  jsonPath: string;
}

export function ministryFeedLink(slug: string): FeedLink {
  const title = feedTitle(getMinistry(slug)?.nameTh ?? slug);
  return { title, path: ministryFeedPath(slug), jsonPath: jsonFeedPath(ministryFeedPath(slug)) };
}

export function provinceFeedLink(code: string): FeedLink {
  return { title: feedTitle(provinceLabel(code)), path: provinceFeedPath(code), jsonPath: jsonFeedPath(provinceFeedPath(code)) };
}

export function categoryFeedLink(slug: string): FeedLink {
  const title = feedTitle(getCategory(slug)?.nameTh ?? slug);
  return { title, path: categoryFeedPath(slug), jsonPath: jsonFeedPath(categoryFeedPath(slug)) };
}

/** The feeds that carry a release besides the site feed: its ministry's, its category's and its provinces'. */
export function releaseFeedLinks(release: Release): FeedLink[] {
  return [
    ministryFeedLink(release.ministry),
    ...(release.category ? [categoryFeedLink(release.category)] : []),
    ...release.provinces.map(provinceFeedLink),
  ];
}

/** Categories of an item, in Thai: its ministry, its section, ทั่วประเทศ or each province. */
export function releaseCategories(release: Release): string[] {
  return [
    getMinistry(release.ministry)?.nameTh ?? release.ministry,
    ...(release.category ? [getCategory(release.category)?.nameTh ?? release.category] : []),
    ...(release.nationwide ? [UI.metaNational] : []),
    ...release.provinces.map(provinceLabel),
  ];
}

/**
 * A guid that never changes when the site is rebuilt or moves to another address: it is
 * built from the slug, which is the release's file name, not from the URL.
 */
export function releaseGuid(release: Release): string {
  return `thalaeng:release:${release.slug}`;
}
