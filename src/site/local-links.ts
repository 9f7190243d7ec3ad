/**
 * A body that links to the source of another release in the archive (อ่านเพิ่มเติม คลิก >> thaigov.go.th/…/74827)
 * links to that release's page here: the reader stays on the site, with its dates and search. Worked out once
 * per build over all releases; the body's HTML is changed where it is rendered (markdown/rehype-local-links.ts).
 */
import type { LocalLink, Release } from '@/release/release.ts';
import { sourceKey } from '@/release/linked-sources.ts';
import { releasePath } from './paths.ts';

/** The releases, each that links to others' sources given their pages as `localLinks`. */
export function withLocalLinks(releases: readonly Release[]): Release[] {
  const bySource = new Map<string, Release>();
  for (const release of releases) {
    const key = release.source === undefined ? undefined : sourceKey(release.source);
    if (key !== undefined) bySource.set(key, release);
  }
  return releases.map((release) => {
    const links: Record<string, LocalLink> = {};
    for (const key of release.linkedSources ?? []) {
      const target = bySource.get(key);
      if (target && target.slug !== release.slug) links[key] = { path: releasePath(target.slug), title: target.title };
    }
    return Object.keys(links).length > 0 ? { ...release, localLinks: links } : release;
  });
}
