/**
 * The items of one feed, independent of its format: the RSS and JSON Feed files of a
 * feed are written from the same items, so they carry the same releases, ids and texts.
 */
import { SITE } from '@/config.ts';
import { UI } from '@/i18n/th.ts';
import { formatThaiDateTime } from '@/thai/date.ts';
import { releasePath } from '@/site/paths.ts';
import { escapeXml } from './xml-text.ts';
import { textAsHtml } from './text.ts';
import { FEED_MAX_BYTES, ITEM_BODY_MAX_BYTES, openingBlocks, waterLevel } from './budget.ts';
import { releaseCategories, releaseGuid, type FeedDefinition } from './feeds.ts';
import type { Release } from '@/release/release.ts';

export interface FeedItem {
  /** Never changes, even when the site moves (feeds.ts releaseGuid). */
  id: string;
  url: string;
  title: string;
  /** Plain text. */
  summary: string;
  /** Sanitised HTML with absolute links: the whole body, or its opening and a link. */
  contentHtml: string;
  /** True when the body was cut to keep the feed small; the content then says so. */
  shortened: boolean;
  /** Never changes: a correction is not news again (the guid and pubDate stay, README "Feeds"). */
  published: Date;
  /** The last update, when there was one. */
  updated?: Date;
  /** What the last update changed, also at the top of the content. */
  updateNote?: string;
  /** The ministry and each province, in Thai. */
  tags: string[];
  /** Set for a release not in Thai, the feed's language. */
  language?: string;
  /** The lead photo, for readers that show one beside the item. */
  image?: FeedImage;
}

export interface FeedImage {
  /** Absolute. */
  url: string;
  width: number;
  height: number;
  type: string;
  /** Plain text. */
  alt: string;
}

/** Renders a release's body as top-level HTML blocks with links absolute against the page. */
export type RenderBlocks = (release: Release, pageUrl: string) => Promise<string[]>;
/** A release's lead photo as one image for feeds, its URL absolute against `site`; none without one. */
export type LeadImage = (release: Release, site: URL) => Promise<FeedImage | undefined>;

/** What the XML writer makes of the text: escaping can double the bytes of markup. */
const xmlBytes = (text: string): number => Buffer.byteLength(escapeXml(text));
/** Channel elements and the XML declaration, with room to spare. */
const CHANNEL_BYTES = 4_000;
/** Link, guid, date and element names of one item. */
const ITEM_FRAME_BYTES = 600;
/** media:content's element and attribute names and numbers. */
const IMAGE_FRAME_BYTES = 200;

export async function feedItems(
  feed: FeedDefinition,
  site: URL,
  renderBlocks: RenderBlocks,
  leadImage: LeadImage = async () => undefined,
): Promise<FeedItem[]> {
  const drafts = await Promise.all(
    feed.releases.map(async (release) => {
      const url = new URL(releasePath(release.slug), site).href;
      const note = updateNoteHtml(release);
      const blocks = [...(note ? [note, '\n'] : []), ...(await renderBlocks(release, url))];
      const tags = releaseCategories(release);
      const image = await leadImage(release, site);
      const frame =
        ITEM_FRAME_BYTES +
        xmlBytes(release.title) +
        xmlBytes(textAsHtml(release.excerpt)) +
        tags.reduce((sum, tag) => sum + 30 + xmlBytes(tag), 0) +
        (image ? IMAGE_FRAME_BYTES + xmlBytes(image.url) + xmlBytes(image.alt) : 0);
      return { release, url, blocks, tags, image, frame, size: xmlBytes(blocks.join('')) };
    }),
  );
  const bodyBudget = FEED_MAX_BYTES - CHANNEL_BYTES - drafts.reduce((sum, d) => sum + d.frame, 0);
  const cap = Math.min(
    ITEM_BODY_MAX_BYTES,
    waterLevel(
      drafts.map((d) => d.size),
      bodyBudget,
    ),
  );
  return drafts.map(({ release, url, blocks, tags, image, size }): FeedItem => {
    const shortened = size > cap;
    return {
      id: releaseGuid(release),
      url,
      title: release.title,
      summary: release.excerpt,
      contentHtml: shortened ? shortenedBody(blocks, cap, release, url) : blocks.join(''),
      shortened,
      published: release.date,
      ...(release.updated ? { updated: release.updated } : {}),
      ...(release.updates[0] ? { updateNote: release.updates[0].note } : {}),
      tags,
      ...(release.lang ? { language: release.lang } : {}),
      ...(image ? { image } : {}),
    };
  });
}

/**
 * The last update's note as the first block of the content, so that a reader who sees the
 * item again learns what changed; it is kept when a long body is shortened.
 */
function updateNoteHtml(release: Release): string | undefined {
  const newest = release.updates[0];
  if (!newest) return undefined;
  return `<p><strong>${textAsHtml(UI.feedUpdated(formatThaiDateTime(newest.date)))}</strong> ${textAsHtml(newest.note)}</p>`;
}

/** The opening that fits the cap, then a note that says the text goes on at the link. */
function shortenedBody(blocks: readonly string[], cap: number, release: Release, url: string): string {
  const note = `<p><em>${textAsHtml(UI.feedShortened)}</em> <a href="${textAsHtml(url)}">${textAsHtml(UI.feedReadOn(SITE.name))}</a></p>`;
  const opening = openingBlocks(blocks, cap - xmlBytes(note), xmlBytes);
  // When not even the first paragraph fits, the excerpt stands in for it.
  const start = opening.length ? opening.join('') : `<p>${textAsHtml(release.excerpt)}</p>`;
  return `${start}\n${note}`;
}
