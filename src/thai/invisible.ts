/**
 * Characters that show as nothing yet are no control: zero-width (non-)joiners and
 * spaces, the word joiner, the BOM and the soft hyphen. Text copied from the web carries
 * them inside Thai words, where they are invisible to editors and split words for search.
 */
// eslint-disable-next-line no-misleading-character-class -- joiners are matched one by one, on purpose
export const INVISIBLE = /[\u200B\u200C\u200D\u2060\uFEFF\u00AD]/g;

/** `text` without invisible characters. */
export function withoutInvisible(text: string): string {
  return text.replace(INVISIBLE, '');
}
