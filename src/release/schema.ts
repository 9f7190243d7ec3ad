/**
 * The release front matter schema: the one source of truth for the build, the importer
 * and `npm run check`. Messages for editors are written in ./problems.ts.
 */
import { z } from 'astro/zod';
import { categories, ministries, provinces } from './registries.ts';
import { parseReleaseDate } from './date.ts';
import { isVisibleText } from './characters.ts';

const ministrySlugs = ministries.map((m) => m.slug) as [string, ...string[]];
const provinceCodes = provinces.map((p) => p.code) as [string, ...string[]];
const categorySlugs = categories.map((c) => c.slug) as [string, ...string[]];

/**
 * Sizes past which a release is a mistake (a body pasted into the title, a whole report
 * as one release): lengths of fields in characters, of the body in UTF-8 bytes. A body
 * over `bodyWarning` is published with a warning; one over `body` is refused.
 */
export const LIMITS = {
  title: 300,
  summary: 1_000,
  office: 200,
  source: 2_000,
  /** One update's note: a sentence or two saying what changed. */
  updateNote: 300,
  /** A photo's path, alt text and caption. */
  photoPath: 300,
  photoAlt: 300,
  photoCaption: 500,
  /** Photos a gallery may hold. */
  gallery: 50,
  /** Updates a release may list. */
  updates: 100,
  bodyWarning: 1_000_000,
  body: 5_000_000,
} as const;

const releaseDate = z.string().transform((value, ctx) => {
  const date = parseReleaseDate(value);
  if (!date) {
    ctx.addIssue({ code: 'custom', message: 'invalid date', input: value });
    return z.NEVER;
  }
  return date;
});

const httpUrl = z
  .string()
  .max(LIMITS.source)
  .transform((value, ctx) => {
    let url: URL | undefined;
    try {
      url = new URL(value.trim());
    } catch {
      url = undefined;
    }
    if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
      ctx.addIssue({ code: 'custom', message: 'invalid url', input: value });
      return z.NEVER;
    }
    return url.href;
  });

// A title of zero-width characters alone would publish a blank heading.
const text = (max: number) => z.string().trim().min(1).max(max).refine(isVisibleText);

/** One correction after publication: when (Bangkok time without an offset) and a short note of what changed. */
const releaseUpdate = z.strictObject({
  date: releaseDate,
  note: text(LIMITS.updateNote),
});

/**
 * A photo kept beside the release: `src` is relative to the Markdown file, inside the folder
 * named after it (./<file name without .md>/lead.jpg); `npm run check` checks the file itself.
 */
const photo = z.strictObject({
  src: z.string().trim().min(1).max(LIMITS.photoPath),
  /** What the photo shows, for readers who cannot see it; in the release's language. */
  alt: text(LIMITS.photoAlt),
  caption: text(LIMITS.photoCaption).optional(),
});

/** Languages a release may be written in; the site's interface stays Thai. */
export const releaseLanguages = ['th', 'en'] as const;
export type ReleaseLanguage = (typeof releaseLanguages)[number];

export const releaseFrontMatterSchema = z.strictObject({
  /** Headline, as published. */
  title: text(LIMITS.title),
  /** Publication date: ISO date or date-time; without an offset it is Bangkok time. */
  date: releaseDate,
  /** Slug of the issuing ministry, from content/ministries.json. */
  ministry: z.enum(ministrySlugs),
  /** ISO 3166-2:TH codes of the provinces the release is about; empty for national news. */
  provinces: z.array(z.enum(provinceCodes)).default([]),
  /** The release concerns the whole country (a cabinet summary, a national measure): shown as ทั่วประเทศ, kept off province pages and feeds. */
  nationwide: z.boolean().default(false),
  /** Slug of the section, from content/categories.json: economy, cabinet … */
  category: z.enum(categorySlugs).optional(),
  /** Address of the original release (http or https); only a draft may leave it out. */
  source: httpUrl.optional(),
  /** One or two sentences for lists and feeds; the body's opening is used without it. */
  summary: text(LIMITS.summary).optional(),
  /** The lead photo: on the page, in listings, feeds and share cards. */
  image: photo.optional(),
  /** Further photos, shown as a gallery after the text. */
  gallery: z.array(photo).max(LIMITS.gallery).default([]),
  /**
   * When the release was last corrected, without a note (files from before `updates`). With
   * `updates`, the release's `updated` is the newest update's date, set by validate.ts.
   */
  updated: releaseDate.optional(),
  /** Each correction with a note of what changed (GOV.UK's change notes), in any order; shown newest first. */
  updates: z.array(releaseUpdate).max(LIMITS.updates).default([]),
  /** Issuing office line, e.g. กองเผยแพร่และประชาสัมพันธ์. */
  office: text(LIMITS.office).optional(),
  /** The language of the text: `en` for a release in English, so pages, feeds and search mark it; Thai without it. */
  lang: z.enum(releaseLanguages).default('th'),
  /** Set by `npm run import`: a digest of the file as imported, so a re-import never overwrites an editor's change. Leave it as it is. */
  imported: z
    .string()
    .regex(/^sha256:[0-9a-f]{16}$/)
    .optional(),
  /** Drafts show in `npm run dev` only, never in the built site. */
  draft: z.boolean().default(false),
});

export type ReleaseUpdate = z.output<typeof releaseUpdate>;
export type ReleasePhoto = z.output<typeof photo>;
export type ReleaseFrontMatter = z.output<typeof releaseFrontMatterSchema>;
/** Front matter as written in a file, before defaults and parsing. */
export type ReleaseFrontMatterInput = z.input<typeof releaseFrontMatterSchema>;
/** In the schema's order, which is also the order files are written in. */
export const releaseFields = Object.keys(releaseFrontMatterSchema.shape) as (keyof ReleaseFrontMatter)[];
