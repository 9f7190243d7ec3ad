/**
 * The Markdown pipeline for release bodies, run per page (bodies never enter Astro's
 * data store). Raw HTML is dropped and everything else passes rehype-sanitize, so a
 * release cannot inject scripts, frames, event handlers or javascript: URLs.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkRehype from 'remark-rehype';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import rehypeSlug from 'rehype-slug';
import rehypeExternalLinks from 'rehype-external-links';
import rehypeStringify from 'rehype-stringify';
import { toHtml } from 'hast-util-to-html';
import type { Root } from 'hast';
import rehypeAbsoluteUrls from './rehype-absolute-urls.ts';
import rehypeLowercaseSchemes from './rehype-lowercase-schemes.ts';
import rehypeKeepTogether from './rehype-keep-together.ts';
import rehypeListDigits from './rehype-list-digits.ts';
import rehypeTopHeading from './rehype-top-heading.ts';
import rehypePhotos from './rehype-photos.ts';
import rehypeLocalLinks from './rehype-local-links.ts';
import { sectionHeadings, type Heading } from './headings.ts';
import { UI } from '@/i18n/th.ts';
import type { Picture } from '@/site/photos/picture-html.ts';
import type { LocalLink } from '@/release/release.ts';

const pipeline = (page: boolean) =>
  unified()
    .use(remarkParse)
    .use(remarkGfm)
    // Footnote ids get remark-rehype's "user-content-" prefix, the same as their links.
    .use(remarkRehype, { footnoteLabel: UI.footnotes, footnoteBackLabel: (index: number) => UI.footnoteBack(index + 1) })
    .use(rehypeLowercaseSchemes)
    // Not prefixed a second time here, which left footnote links pointing at no id. Raw
    // HTML is dropped, so no id or name that could clobber the page's own comes from editors.
    .use(rehypeSanitize, { ...defaultSchema, clobberPrefix: '' })
    // The page title is the only h1; body headings start at h2.
    .use(rehypeTopHeading)
    // After sanitising, so ids are not prefixed with "user-content-".
    .use(rehypeSlug)
    // After sanitising, which keeps no <picture> or srcset: the pictures are the site's own.
    .use(rehypePhotos, { page })
    // A link to another release's source goes to its page here, before links to other sites are marked as such.
    .use(rehypeLocalLinks)
    // Links to other sites say so (rel="external"), before feeds make the site's own absolute.
    .use(rehypeExternalLinks, { rel: ['external', 'noopener'] })
    .use(rehypeAbsoluteUrls)
    .use(rehypeStringify);
const feedProcessor = pipeline(false).freeze();
// The page's own markup for line breaking and list indents: feeds carry the text as written, no layout spans.
const pageProcessor = pipeline(true).use(rehypeKeepTogether).use(rehypeListDigits).freeze();

export interface RenderOptions {
  /** When given, relative URLs are made absolute against it (for feeds). */
  base?: string;
  /** For the release page: names kept on one line in `nowrap` spans (rehype-keep-together.ts). */
  page?: boolean;
  /** The body's photos by `src` as written (rehype-photos.ts): a `<picture>` on the page, one JPEG in feeds. */
  photos?: Record<string, Picture>;
  /** Other releases of the archive by the source key the body links to (rehype-local-links.ts). */
  localLinks?: Readonly<Record<string, LocalLink>>;
}

export function renderMarkdown(markdown: string, options: RenderOptions = {}): string {
  return renderMarkdownBlocks(markdown, options).join('');
}

/** The body's top-level blocks as HTML, in order: feeds cut a long body between two of them. */
export function renderMarkdownBlocks(markdown: string, options: RenderOptions = {}): string[] {
  return renderTree(markdown, options).children.map((node) => toHtml(node));
}

/** The body for its page, and its section headings for a table of contents. */
export function renderMarkdownPage(
  markdown: string,
  options: Pick<RenderOptions, 'photos' | 'localLinks'> = {},
): { html: string; headings: Heading[] } {
  const tree = renderTree(markdown, { ...options, page: true });
  return { html: toHtml(tree), headings: sectionHeadings(tree) };
}

function renderTree(markdown: string, options: RenderOptions): Root {
  const processor = options.page ? pageProcessor : feedProcessor;
  const file = {
    value: markdown,
    data: { ...(options.base ? { base: options.base } : {}), photos: options.photos, localLinks: options.localLinks },
  };
  return processor.runSync(processor.parse(file), file) as Root;
}
