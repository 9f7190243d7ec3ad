/**
 * One URL per page type of a built site, found in its files: the pages that Lighthouse
 * (npm run lighthouse) and the end-to-end page checks visit.
 */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

export interface PageType {
  /** A short name for tables and screenshot files. */
  name: string;
  /** The path on the site, starting with /. */
  path: string;
}

/** A word that releases of both the embedded site and the corpora hold. */
export const SEARCH_QUERY = 'กระทรวง';

const folders = async (dir: string): Promise<string[]> =>
  (await readdir(dir, { withFileTypes: true }).catch(() => []))
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();

const exists = (file: string): Promise<boolean> =>
  stat(file).then(
    () => true,
    () => false,
  );

/**
 * The page types of the site in `dist`: a release of median size and, when a release is
 * over twice that, the longest as "long-release"; the first ministry, province and month
 * with a page; the fixed pages. The 404 page is asked for by its own file, since Lighthouse
 * refuses to audit a response with status 404.
 */
export async function pageTypes(dist: string): Promise<PageType[]> {
  const types: PageType[] = [{ name: 'home', path: '/' }];

  const releases = await Promise.all(
    (await folders(path.join(dist, 'releases'))).map(async (slug) => ({
      slug,
      size: (await stat(path.join(dist, 'releases', slug, 'index.html'))).size,
    })),
  );
  releases.sort((a, b) => a.size - b.size || a.slug.localeCompare(b.slug));
  const median = releases[Math.floor(releases.length / 2)];
  const longest = releases.at(-1);
  if (median) types.push({ name: 'release', path: `/releases/${median.slug}/` });
  if (median && longest && longest.size > 2 * median.size) {
    types.push({ name: 'long-release', path: `/releases/${longest.slug}/` });
  }

  const first = async (name: string, folder: string): Promise<void> => {
    const slug = (await folders(path.join(dist, folder)))[0];
    if (slug) types.push({ name, path: `/${folder}/${slug}/` });
  };
  await first('ministry', 'ministries');
  await first('province', 'provinces');
  if (await exists(path.join(dist, 'categories/economy/index.html'))) {
    types.push({ name: 'category', path: '/categories/economy/' });
  }
  types.push({ name: 'archive', path: '/archive/' });
  const years = (await folders(path.join(dist, 'archive'))).filter((year) => /^\d{4}$/.test(year));
  const year = years.at(-1);
  const month = year && (await folders(path.join(dist, 'archive', year))).find((m) => /^\d{2}$/.test(m));
  if (year && month) types.push({ name: 'archive-month', path: `/archive/${year}/${month}/` });
  types.push(
    { name: 'search', path: `/search/?q=${encodeURIComponent(SEARCH_QUERY)}` },
    { name: 'about', path: '/about/' },
    { name: 'feeds', path: '/feeds/' },
    { name: 'data', path: '/data/' },
    { name: 'not-found', path: '/404.html' },
  );
  return types;
}
