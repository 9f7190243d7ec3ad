/**
 * Writes a link's or image's scheme in lower case (HTTPS://… → https://…). Schemes are case-insensitive
 * and browsers follow either, but rehype-sanitize compares them with its allowed list as written, so an
 * editor's `HTTPS://` link would lose its href. Runs before sanitising, which still drops `javascript:`.
 */
import type { Root } from 'hast';
import { rewriteUrls } from './url-properties.ts';

const SCHEME = /^[a-z][a-z\d+.-]*:/i;

export default function rehypeLowercaseSchemes() {
  return (tree: Root): void => rewriteUrls(tree, (url) => url.replace(SCHEME, (scheme) => scheme.toLowerCase()));
}
