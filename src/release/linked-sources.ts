/**
 * Releases link to other releases by their source (อ่านเพิ่มเติม คลิก >> https://www.thaigov.go.th/news/contents/details/74827):
 * where the archive holds the release at that source, the site links to its page instead (src/site/local-links.ts).
 * A source is known by its key: the URL without scheme, `www.` or a closing slash, as thaigov's links differ in those.
 */

/** A URL in running Markdown, as GFM links it (http(s):// or www.): up to a space, a bracket or an angle bracket. */
const URL_IN_TEXT = /(?:https?:\/\/|www\.)[^\s<>()[\]]+/g;
/** Punctuation that ends a sentence after a URL, or emphasis around it, rather than belonging to it (as GFM has it). */
const TRAILING_PUNCTUATION = /[.,;:!?'"”’*_~]+$/;

/** The key of a source URL, written out or as GFM links a bare www. one; undefined for anything but an http(s) URL. */
export function sourceKey(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url.startsWith('www.') ? `http://${url}` : url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
  const host = parsed.hostname.replace(/^www\./, '');
  const path = parsed.pathname.replace(/\/+$/, '');
  return `${host}${path}${parsed.search}`;
}

/** The keys of the http(s) URLs a Markdown body names, each once, in order. */
export function linkedSourceKeys(markdown: string): string[] {
  const keys = new Set<string>();
  for (const [url] of markdown.matchAll(URL_IN_TEXT)) {
    const key = sourceKey(url.replace(TRAILING_PUNCTUATION, ''));
    if (key) keys.add(key);
  }
  return [...keys];
}
