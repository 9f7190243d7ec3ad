/** Reads a release's Markdown body from disk and renders it, one page at a time. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { splitRelease } from '@/release/front-matter.ts';
import type { Release } from '@/release/release.ts';
import { bodyPhotoFiles } from '@/site/photos/shown-photos.ts';
import { pictureOf } from '@/site/photos/picture.ts';
import type { Picture } from '@/site/photos/picture-html.ts';
import { renderMarkdownBlocks, renderMarkdownPage, type RenderOptions } from './markdown.ts';
import type { Heading } from './headings.ts';
import { isLongBody } from './long-body.ts';

/** The Markdown body of a release file, without its front matter. */
export async function readReleaseBody(filePath: string): Promise<string> {
  return splitRelease(await readFile(path.resolve(process.cwd(), filePath), 'utf8')).body;
}

/** The pictures of the photos the body shows, in the size of the text column. */
async function bodyPictures(release: Release, body: string): Promise<Record<string, Picture>> {
  const files = [...bodyPhotoFiles(release, body)];
  return Object.fromEntries(await Promise.all(files.map(async ([src, file]) => [src, await pictureOf(file, 'column')] as const)));
}

/** What the body's images and links point to: its photos' pictures, other releases' pages here. */
async function bodyLinks(release: Release, body: string): Promise<Pick<RenderOptions, 'photos' | 'localLinks'>> {
  return { photos: await bodyPictures(release, body), ...(release.localLinks ? { localLinks: release.localLinks } : {}) };
}

/** The body for the release page, with its line-breaking markup, its section headings and whether it is long. */
export async function renderReleaseBody(release: Release): Promise<{ html: string; headings: Heading[]; long: boolean }> {
  const body = await readReleaseBody(release.filePath);
  return { ...renderMarkdownPage(body, await bodyLinks(release, body)), long: isLongBody(body) };
}

/** The body as top-level HTML blocks, for feeds that may carry only its opening. */
export async function renderReleaseBlocks(release: Release, options: { base?: string } = {}): Promise<string[]> {
  const body = await readReleaseBody(release.filePath);
  return renderMarkdownBlocks(body, { ...options, ...(await bodyLinks(release, body)) });
}
