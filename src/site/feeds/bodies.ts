/**
 * A release sits in the site feed, its ministry's and its provinces', each in RSS and in
 * JSON Feed: its body is read and rendered once per build for all of them, and each
 * feed's items once for both formats.
 */
import { renderReleaseBlocks } from '@/site/markdown/release-body.ts';
import { feedItems, type FeedItem, type LeadImage, type RenderBlocks } from './items.ts';
import { leadPhoto } from '@/site/photos/shown-photos.ts';
import { jpegOf } from '@/site/photos/picture.ts';
import type { FeedDefinition } from './feeds.ts';

const rendered = new Map<string, Promise<string[]>>();

const renderFeedBlocks: RenderBlocks = (release, pageUrl) => {
  let blocks = rendered.get(release.slug);
  if (!blocks) {
    blocks = renderReleaseBlocks(release, { base: pageUrl });
    rendered.set(release.slug, blocks);
  }
  return blocks;
};

const feedLeadImage: LeadImage = async (release, site) => {
  const lead = leadPhoto(release);
  if (!lead) return undefined;
  const { path, ...image } = await jpegOf(lead.file);
  return { url: new URL(path, site).href, ...image, alt: lead.alt };
};

const itemsByFeed = new Map<string, Promise<FeedItem[]>>();

/** A feed's items, made once for its RSS file and its JSON Feed twin. */
export function itemsOfFeed(feed: FeedDefinition, site: URL): Promise<FeedItem[]> {
  let items = itemsByFeed.get(feed.path);
  if (!items) {
    items = feedItems(feed, site, renderFeedBlocks, feedLeadImage);
    itemsByFeed.set(feed.path, items);
  }
  return items;
}
