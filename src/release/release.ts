/** The metadata of one release as the site uses it; bodies are read from disk per page. */
import type { ReleaseLanguage } from './schema.ts';

export interface ReleaseData {
  title: string;
  date: Date;
  ministry: string;
  provinces: string[];
  /** Always set on published releases; drafts may not have one yet. */
  source?: string;
  summary?: string;
  updated?: Date;
  office?: string;
  /** Set only for a release not written in Thai, the site's language. */
  lang?: Exclude<ReleaseLanguage, 'th'>;
  draft: boolean;
  /** Summary, or the opening of the body as plain text. */
  excerpt: string;
  /** Path of the Markdown file relative to the project root. */
  filePath: string;
}

export interface Release extends ReleaseData {
  /** File name without `.md`; also the URL: /releases/<slug>/. */
  slug: string;
  /**
   * The content store's digest of the file, where the release comes from the store:
   * it stands for the body in page cache keys (src/site/cache-key.ts).
   */
  digest?: string;
}

/** Drafts are shown only where asked (`npm run dev`), never in a built site. */
export function visibleReleases(releases: readonly Release[], options: { drafts: boolean }): Release[] {
  return options.drafts ? [...releases] : releases.filter((release) => !release.draft);
}
