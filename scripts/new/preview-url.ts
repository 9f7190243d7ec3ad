/** Where `npm run dev` shows a release: the dev server, the site's base and the release's path. */
import { SITE } from '@/config.ts';
import { releaseUrl } from '@/site/relative-paths.ts';

export function previewUrl(slug: string, base: string): string {
  return new URL(`${base.replace(/\/?$/, '/')}${releaseUrl(slug)}`, SITE.devServer).href;
}
