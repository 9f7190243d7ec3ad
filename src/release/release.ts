/** The metadata of one release as the site uses it; bodies are read from disk per page. */
import { z } from 'astro/zod';
import { releaseFrontMatterSchema, releaseLanguages } from './schema.ts';

/** A photo file as the loader read it (src/site/photos/read-photo.ts). */
export const photoFileSchema = z.object({
  /** Relative to the project root, inside the release's folder (photo-paths.ts). */
  path: z.string(),
  /** Of the file's bytes: names its encoded images, so that a rebuild encodes only new photos. */
  hash: z.string(),
  /** As shown, after the EXIF orientation. */
  width: z.number(),
  height: z.number(),
  format: z.enum(['jpeg', 'jpg', 'png', 'webp', 'avif']),
});
export type PhotoFile = z.output<typeof photoFileSchema>;

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
  /**
   * Every photo the release shows (lead, gallery, body) by its `src` as written, as the
   * loader read it. The content hash is in the props of every page that shows the photo,
   * so a photo replaced under the same name renders those pages again.
   */
  photos: z.record(z.string(), photoFileSchema).optional(),
  /** The keys of the URLs the body names (linked-sources.ts): where one is another release's source, the site links to it. */
  linkedSources: z.array(z.string()).optional(),
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
  /**
   * The releases of the archive whose sources the body links to, by source key (src/site/local-links.ts): the body
   * links to their pages here. Part of every page's props that shows the release, so their cache keys follow it.
   */
  localLinks?: Readonly<Record<string, LocalLink>>;
};

/** Another release of the archive, as a link in a body points to it. */
export interface LocalLink {
  path: string;
  title: string;
}

/**
 * A release is out when it is not a draft and its time (Bangkok) has come: one dated later
 * is scheduled, held back from every page, feed, search shard and data file until a build
 * at or after its time (the site rebuilds hourly, .github/workflows/site.yml).
 */
export function isPublished(release: Pick<Release, 'draft' | 'date'>, now: Date): boolean {
  return !release.draft && !isScheduled(release, now);
}

/** Dated after `now`, and not a draft: it will appear by itself at its time. */
export function isScheduled(release: Pick<Release, 'draft' | 'date'>, now: Date): boolean {
  return !release.draft && release.date.getTime() > now.getTime();
}

export interface Visibility {
  /** Drafts and scheduled releases too: `npm run dev`, where an editor previews them. */
  preview: boolean;
  now: Date;
}

/** Drafts and scheduled releases are shown only where asked (`npm run dev`), never in a built site. */
export function visibleReleases(releases: readonly Release[], { preview, now }: Visibility): Release[] {
  return preview ? [...releases] : releases.filter((release) => isPublished(release, now));
}
