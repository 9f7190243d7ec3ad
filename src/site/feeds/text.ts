/**
 * Text for feed fields. Feed readers disagree on which RSS elements hold HTML: most put
 * a description (and many a title) into a page as markup. So text is encoded for HTML
 * before the XML writer encodes it again, and a `<` typed by an editor reaches every
 * reader as a character, never as a tag. https://www.rssboard.org/rss-profile#data-types-characterdata
 */
import { xmlSafe } from './xml-text.ts';

const HTML_SPECIAL: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Plain text as HTML: for `<description>`, which RSS defines as HTML. */
export function textAsHtml(text: string): string {
  return xmlSafe(text).replace(/[&<>"]/g, (c) => HTML_SPECIAL[c]!);
}

/**
 * Plain text for `<title>` and `<category>`, which RSS defines as text but readers may
 * treat as HTML: only `<` and `>` are encoded, the one way text can turn into markup;
 * `&` stays itself, so readers that show titles as plain text still show "A & B".
 */
export function textForTextField(text: string): string {
  return xmlSafe(text).replace(/[<>]/g, (c) => HTML_SPECIAL[c]!);
}
