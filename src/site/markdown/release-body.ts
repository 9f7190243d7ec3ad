/** Reads a release's Markdown body from disk and renders it, one page at a time. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { splitRelease } from '@/release/front-matter.ts';
import { renderMarkdownBlocks, renderMarkdownPage } from './markdown.ts';
import type { Heading } from './headings.ts';

/** The Markdown body of a release file, without its front matter. */
export async function readReleaseBody(filePath: string): Promise<string> {
  return splitRelease(await readFile(path.resolve(process.cwd(), filePath), 'utf8')).body;
}

/** The body for the release page, with its line-breaking markup, and its section headings. */
export async function renderReleaseBody(filePath: string): Promise<{ html: string; headings: Heading[] }> {
  return renderMarkdownPage(await readReleaseBody(filePath));
}

/** The body as top-level HTML blocks, for feeds that may carry only its opening. */
export async function renderReleaseBlocks(filePath: string, options: { base?: string } = {}): Promise<string[]> {
  return renderMarkdownBlocks(await readReleaseBody(filePath), options);
}
