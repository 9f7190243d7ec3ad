/**
 * A release sits in the site feed, its ministry's and its provinces', each in RSS and in
 * JSON Feed: its body is read and rendered once per build for all of them.
 */
import { renderReleaseBlocks } from './release-body.ts';
import type { RenderBlocks } from './feed-items.ts';

const rendered = new Map<string, Promise<string[]>>();

export const renderFeedBlocks: RenderBlocks = (release, pageUrl) => {
  let blocks = rendered.get(release.slug);
  if (!blocks) {
    blocks = renderReleaseBlocks(release.filePath, { base: pageUrl });
    rendered.set(release.slug, blocks);
  }
  return blocks;
};
