/** Reads a release's Markdown body from disk and renders it, one page at a time. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { splitRelease } from './front-matter.ts';
import { renderMarkdown } from './markdown.ts';

/** @param options.base makes relative URLs absolute against this URL (for feeds). */
export async function renderReleaseBody(filePath: string, options: { base?: string } = {}): Promise<string> {
  const text = await readFile(path.resolve(process.cwd(), filePath), 'utf8');
  return renderMarkdown(splitRelease(text).body, options);
}
