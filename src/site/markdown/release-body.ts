/** Reads a release's Markdown body from disk and renders it, one page at a time. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { splitRelease } from '@/release/front-matter.ts';
import { renderMarkdown, renderMarkdownBlocks } from './markdown.ts';

/** The Markdown body of a release file, without its front matter. */
export async function readReleaseBody(filePath: string): Promise<string> {
  return splitRelease(await readFile(path.resolve(process.cwd(), filePath), 'utf8')).body;
}

/** The body for the release page, with its line-breaking markup. */
export async function renderReleaseBody(filePath: string): Promise<string> {
  return renderMarkdown(await readReleaseBody(filePath), { page: true });
}

/** The body as top-level HTML blocks, for feeds that may carry only its opening. */
export async function renderReleaseBlocks(filePath: string, options: { base?: string } = {}): Promise<string[]> {
  return renderMarkdownBlocks(await readReleaseBody(filePath), options);
}
