/** The metadata of one release as the site uses it; bodies are read from disk per page. */
import { z } from 'astro/zod';
import { releaseFrontMatterSchema, releaseLanguages } from './schema.ts';

/**
 * What the content store keeps of a release: its front matter as the schema gives it,
 * without the importer's bookkeeping (`imported`), and with `lang` only for a release not
 * written in Thai, the site's language. Derived, so a new front-matter field reaches pages
 * by itself. The loader declares it to type the collection; stored data is never parsed with it.
 */
export const releaseDataSchema = releaseFrontMatterSchema.omit({ lang: true, imported: true }).extend({
  lang: z.enum(releaseLanguages).exclude(['th']).optional(),
  /** Summary, or the opening of the body as plain text. */
  excerpt: z.string(),
  /** Path of the Markdown file relative to the project root. */
  filePath: z.string(),
});

export type ReleaseData = z.output<typeof releaseDataSchema>;

export type Release = ReleaseData & {
  /** File name without `.md`; also the URL: /releases/<slug>/. */
  slug: string;
  /**
   * The content store's digest of the file, where the release comes from the store:
   * it stands for the body in page cache keys (src/site/cache-key.ts).
   */
  digest?: string;
};

/** Drafts are shown only where asked (`npm run dev`), never in a built site. */
export function visibleReleases(releases: readonly Release[], options: { drafts: boolean }): Release[] {
  return options.drafts ? [...releases] : releases.filter((release) => !release.draft);
}
